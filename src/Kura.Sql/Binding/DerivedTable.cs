using Kura.Core;
using Kura.Sql.Planning;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>
/// One per-person value of a per-person subquery: COUNT(*), COUNT(x), SUM(x) or AVG(x) over the person's
/// bounded rows. <see cref="Column"/> is how the outer query sees it: its declared bounds are the value's
/// public range (docs/proofs/PerPersonSubquery.md); Decimals is the precision it enters outer sums with.
/// Encoding is the clamp and scale of x for SUM and AVG.
/// </summary>
internal sealed record PerPersonValue(Column Column, AggregateCall Call, ValueEncoding? Encoding, int Decimals);

/// <summary>
/// A bound per-person aggregation subquery: <c>SELECT key, aggs FROM tables [WHERE …] GROUP BY key</c> over the
/// rank-bounded rows of its tables, seen by the outer query as <see cref="Table"/> with one row per person.
/// </summary>
/// <param name="Table">The virtual table: the person key (when selected) and one column per value.</param>
/// <param name="Sources">The inner FROM: vault tables joined on the person key.</param>
/// <param name="Where">The inner WHERE, bound against <paramref name="Sources"/>.</param>
/// <param name="PersonKey">The inner GROUP BY column.</param>
/// <param name="Values">Per-person values, in select-list order.</param>
/// <param name="RowsPerPerson">Rows kept per person and inner table.</param>
/// <param name="RowBound">Π RowsPerPerson: the most bounded rows one per-person value is computed from.</param>
internal sealed record DerivedTable(
    VaultTable Table,
    IReadOnlyList<BoundSource> Sources,
    SqlExpr? Where,
    BoundColumnExpr PersonKey,
    IReadOnlyList<PerPersonValue> Values,
    IReadOnlyList<int> RowsPerPerson,
    long RowBound)
{
    /// <summary>Name of the person-key column in <see cref="Table"/>, or null when the subquery does not select it.</summary>
    public Column? PersonColumn => Table.Columns.FirstOrDefault(c => c.Class == ColumnClass.PersonKey);

    /// <summary>Decimal places a value column enters outer sums with; null for columns that are not per-person values.</summary>
    public int? DecimalsOf(Column column) => Values.FirstOrDefault(v => ReferenceEquals(v.Column, column))?.Decimals;
}
