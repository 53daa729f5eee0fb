using Kura.Core;

namespace Kura.Storage.Vault;

/// <summary>
/// Builds the SELECT that adds Kura's hidden columns to loaded rows. Keyed tables: <c>__kura_rank</c> =
/// ROW_NUMBER() within the person ordered by two independent CSPRNG keys per row (the second breaks ties
/// of the first), so each person's ranks are exactly 1..n_p and their order is uniformly random and
/// independent of values up to a tie of both keys (probability below n_p²/2^129); rows are stored ordered
/// by rank so <c>__kura_rank &lt;= m</c> reads a prefix. <c>@row</c> tables: <c>__kura_row</c> = row number, rank 1.
/// Proof note: docs/proofs/RankAssignment.md.
/// </summary>
internal static class RankAssignment
{
    private const string Key = "__kura_key";
    private const string Tiebreak = "__kura_tiebreak";

    /// <param name="columns">Comma-separated column expressions with aliases.</param>
    /// <param name="source">A FROM item (table function call).</param>
    /// <param name="personKey">Person-key column name, or null for <c>@row</c>.</param>
    public static string Select(string columns, string source, string? personKey)
    {
        var rank = SqlText.Identifier(VaultColumns.Rank);
        if (personKey is null)
            return $"SELECT {columns}, row_number() OVER () AS {SqlText.Identifier(VaultColumns.RowId)}, CAST(1 AS BIGINT) AS {rank} FROM {source}";
        // The function is declared volatile, so DuckDB draws each call separately for every row.
        var draw = RandomRowKey.FunctionName + "()";
        return $"SELECT * EXCLUDE ({Key}, {Tiebreak}), row_number() OVER (PARTITION BY {SqlText.Identifier(personKey)} ORDER BY {Key}, {Tiebreak}) AS {rank} " +
               $"FROM (SELECT {columns}, {draw} AS {Key}, {draw} AS {Tiebreak} FROM {source}) ORDER BY {rank}";
    }
}
