namespace Kura.Engine.Extracts;

/// <summary>An extract ready to write: its columns, its rows (in release order), its figures and the deleted columns.</summary>
/// <param name="Columns">Released columns in file order.</param>
/// <param name="Rows">Released rows; re-enumerable, the same rows in the same order each time.</param>
/// <param name="Statistics">Counts, risk and quality.</param>
/// <param name="Dropped">Columns deleted by the plan and, in anonymised extracts, linking codes found in the data.</param>
/// <param name="ColumnValues">The released values of column i of <paramref name="Columns"/>, in row order (null is missing).</param>
internal sealed record ProcessedExtract(
    IReadOnlyList<ExtractColumn> Columns,
    IEnumerable<string?[]> Rows,
    ExtractStatistics Statistics,
    IReadOnlyList<DroppedColumn> Dropped,
    Func<int, IEnumerable<string?>> ColumnValues);
