namespace Kura.Engine.Extracts;

/// <summary>An extract ready to write: its columns, its rows (in release order) and its figures.</summary>
internal sealed record ProcessedExtract(IReadOnlyList<ExtractColumn> Columns, IEnumerable<string?[]> Rows, ExtractStatistics Statistics);
