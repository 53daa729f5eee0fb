using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity;

/// <summary>A quasi-identifying column and the hierarchy that generalises it.</summary>
/// <param name="Column">Column name in the <see cref="SourceTable"/>.</param>
/// <param name="Hierarchy">Hierarchy covering every value of the column.</param>
public sealed record QuasiIdentifier(string Column, Hierarchy Hierarchy);
