namespace Kura.Sql.Release;

/// <summary>A released row: one cell per result column, in select-list order.</summary>
public sealed record DpResultRow(IReadOnlyList<DpCell> Cells);
