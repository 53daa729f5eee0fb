namespace Kura.Engine.Extracts;

/// <summary>The level an anonymised extract released a quasi-identifier at.</summary>
/// <param name="Column">Released column name.</param>
/// <param name="Level">Chosen level, 0 = exact values.</param>
/// <param name="Levels">Levels of its hierarchy, including level 0.</param>
/// <param name="Hierarchy">Where the hierarchy came from: a file name, <c>*</c> (exact or nothing) or <c>automatic:KIND</c>.</param>
/// <param name="HierarchySha256">SHA-256 of a hierarchy file's text (UTF-8), or null.</param>
public sealed record GeneralizationLevel(string Column, int Level, int Levels, string Hierarchy, string? HierarchySha256);
