namespace Kura.Policy;

/// <summary>A rule that fired for a decision, copied with its texts so a stored decision explains itself later.</summary>
/// <param name="Id">The rule id, for example <c>AMD-STAT-01</c>.</param>
/// <param name="Phase">The rule's phase.</param>
/// <param name="Effect">The rule's effect kind.</param>
/// <param name="Basis">The statute or source it encodes.</param>
/// <param name="Description">What the rule says.</param>
/// <param name="ReleaseKinds">Release kinds for which it fired (empty for classification and incidents).</param>
/// <param name="Evidence">The facts it looked at and their values.</param>
public sealed record FiredRule(
    string Id,
    RulePhase Phase,
    EffectKind Effect,
    string Basis,
    LocalizedText Description,
    IReadOnlyList<string> ReleaseKinds,
    IReadOnlyList<Evidence> Evidence);
