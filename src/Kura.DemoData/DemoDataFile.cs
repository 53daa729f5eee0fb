namespace Kura.DemoData;

/// <summary>One written file: its table name, full path and number of data rows (header excluded).</summary>
public sealed record DemoDataFile(string Table, string Path, long Rows);
