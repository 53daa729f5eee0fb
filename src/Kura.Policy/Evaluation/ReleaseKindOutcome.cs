namespace Kura.Policy;

/// <summary>The outcome for one requested release kind.</summary>
/// <param name="Kind">The release kind, or null when the request names none.</param>
/// <param name="Outcome">Its outcome.</param>
/// <param name="BasisRuleIds">Rules that allow it (empty means no rule allows it).</param>
/// <param name="DenyRuleIds">Rules that refuse it.</param>
public sealed record ReleaseKindOutcome(
    string? Kind,
    DecisionOutcome Outcome,
    IReadOnlyList<string> BasisRuleIds,
    IReadOnlyList<string> DenyRuleIds);
