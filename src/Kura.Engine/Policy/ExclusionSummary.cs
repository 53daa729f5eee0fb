using Kura.Policy;

namespace Kura.Engine.Policy;

/// <summary>Who is left out of every release of a dataset right now, and under which rules. Counts only.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="ReleaseSchema">The vault schema of release views every release path reads.</param>
/// <param name="Objectors">Persons on the objection register.</param>
/// <param name="MinorsWithoutConsent">Children with facial data and no recorded legal-representative consent.</param>
/// <param name="Total">Distinct persons excluded (a person can be both).</param>
/// <param name="Exclusions">The policy's row exclusions that apply, with their rule ids.</param>
public sealed record ExclusionSummary(
    string Dataset,
    string ReleaseSchema,
    int Objectors,
    int MinorsWithoutConsent,
    int Total,
    IReadOnlyList<RowExclusion> Exclusions);
