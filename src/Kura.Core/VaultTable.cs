namespace Kura.Core;

/// <summary>One table of a dataset in the vault.</summary>
/// <param name="Name">Table name within the dataset.</param>
/// <param name="Columns">Columns in stored order (Kura's hidden bookkeeping columns excluded).</param>
/// <param name="RowCount">Rows loaded.</param>
/// <param name="PersonCount">Distinct persons in this table.</param>
/// <param name="MaxRowsPerPerson">Declared default cap of rows per person used by DP bounding.</param>
public sealed record VaultTable(
    string Name,
    IReadOnlyList<Column> Columns,
    long RowCount,
    long PersonCount,
    int MaxRowsPerPerson)
{
    public Column? FindColumn(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
