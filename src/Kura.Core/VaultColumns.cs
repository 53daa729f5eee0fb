namespace Kura.Core;

/// <summary>Hidden bookkeeping columns every vault table carries. Never granted, never shown.</summary>
public static class VaultColumns
{
    /// <summary>
    /// 1-based position of the row among its person's rows in a uniformly random order drawn with
    /// the CSPRNG at import, independent of all values. DP bounding keeps rows with rank ≤ m.
    /// </summary>
    public const string Rank = "__kura_rank";

    /// <summary>Synthetic person id (row number) for datasets whose privacy unit is <c>@row</c>.</summary>
    public const string RowId = "__kura_row";

    /// <summary>True for Kura's bookkeeping names in any letter case: DuckDB matches column names case-insensitively.</summary>
    public static bool IsHidden(string column) => column.StartsWith("__kura_", StringComparison.OrdinalIgnoreCase);
}
