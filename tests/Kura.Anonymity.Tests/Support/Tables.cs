namespace Kura.Anonymity.Tests.Support;

/// <summary>Builds small tables for tests.</summary>
internal static class Tables
{
    public static SourceTable FromRows(string[] header, IReadOnlyList<string[]> rows) =>
        new(header, Enumerable.Range(0, header.Length).Select(c => (IReadOnlyList<string>)rows.Select(r => r[c]).ToArray()).ToArray());

    public static SourceTable Columns(params (string Name, string[] Values)[] columns) =>
        new(columns.Select(c => c.Name).ToArray(), columns.Select(c => (IReadOnlyList<string>)c.Values).ToArray());

    /// <summary>Rows of a source table, row-major.</summary>
    public static string[][] Rows(SourceTable table) =>
        Enumerable.Range(0, table.RowCount).Select(r => table.ColumnNames.Select(c => table.Column(c)[r]).ToArray()).ToArray();
}
