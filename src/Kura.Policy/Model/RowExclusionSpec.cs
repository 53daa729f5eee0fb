using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>Which persons an engine-enforced step removes from every release.</summary>
/// <param name="Who">One of <see cref="PolicyVocabulary.RowExclusionKinds"/>.</param>
/// <param name="AgeBelow">For age-based exclusions, the age bound (a parameter reference).</param>
public sealed record RowExclusionSpec(string Who, Operand? AgeBelow);
