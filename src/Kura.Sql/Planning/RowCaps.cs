using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>
/// Rows kept per person and table (<c>__kura_rank ≤ m</c>): the query's override, else each table's declared
/// cap; and their product, which bounds one person's rows in the joined relation (RankBounding.md).
/// </summary>
internal static class RowCaps
{
    /// <summary>Largest bound on one person's rows in the joined relation.</summary>
    public const long MaxRowBound = 1_000_000;

    public static List<int> For(IEnumerable<BoundSource> sources, BoundingOptions options) =>
        sources.Select(s => Math.Max(1, options.MaxRowsPerPerson ?? s.Table.MaxRowsPerPerson)).ToList();

    /// <summary>Π caps, refused by policy above <see cref="MaxRowBound"/>.</summary>
    public static long Product(IEnumerable<int> caps)
    {
        var product = caps.Aggregate(1L, (p, c) => Math.Min(p * c, MaxRowBound + 1));
        if (product > MaxRowBound)
            throw KuraException.Policy(SqlRefusals.Options,
                $"The joined tables allow {product}+ rows per person (the product of each table's cap); lower max rows per person so the product is at most {MaxRowBound}.");
        return product;
    }
}
