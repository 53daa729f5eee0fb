namespace Kura.Engine.Extracts;

/// <summary>A generalisation hierarchy the user gives for one quasi-identifier (<c>--hierarchy COLUMN=FILE</c>).</summary>
/// <param name="Column">The quasi-identifier column (<c>column</c> or <c>table.column</c>).</param>
/// <param name="Origin">Where it came from (a file name), for messages and the manifest.</param>
/// <param name="CsvText">
/// The hierarchy in ARX's layout (<c>;</c>-separated, one row per value, last level usually <c>*</c>); null means the
/// flat hierarchy "value or <c>*</c>" (<c>--hierarchy COLUMN=*</c>): the column is released exactly or not at all.
/// </param>
public sealed record HierarchyInput(string Column, string Origin, string? CsvText);
