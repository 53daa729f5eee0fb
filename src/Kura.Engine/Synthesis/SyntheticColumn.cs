using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Engine.Synthesis;

/// <summary>A column of the synthetic file and its public domain.</summary>
/// <param name="Name">Header in the file: the source column's name (or <c>table.column</c> when two tables share it), or the feature name.</param>
/// <param name="Table">Source table.</param>
/// <param name="Source">Source column; null for a count of all rows.</param>
/// <param name="Class">APPI class of the source column (ordinary for a count of all rows).</param>
/// <param name="Domain">The declared domain every synthetic value of the column lies in.</param>
/// <param name="DomainOrigin">Where the domain came from: request, stored, public-domain or feature.</param>
public sealed record SyntheticColumn(string Name, string Table, string? Source, ColumnClass Class, SynthesisDomain Domain, string DomainOrigin);
