namespace Kura.Engine.Synthesis;

/// <summary>A synthesis domain a steward stored once for a dataset's column (<c>kura synth domain</c>), used by every later run.</summary>
/// <param name="Table">Table of the dataset.</param>
/// <param name="Column">Column of that table.</param>
/// <param name="Domain">The declared values or bins.</param>
public sealed record StoredSynthesisDomain(string Table, string Column, DomainDeclaration Domain);
