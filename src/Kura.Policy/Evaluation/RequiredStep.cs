namespace Kura.Policy;

/// <summary>A step the decision requires.</summary>
/// <param name="Id">Stable step id (<c>publish-notice</c>, <c>written-agreement</c>, <c>two-stewards</c>, …).</param>
/// <param name="Kind">Who makes it happen.</param>
/// <param name="Done">True when the evidence is recorded; engine and duty steps are always true.</param>
/// <param name="RuleIds">The rules that require it.</param>
/// <param name="Description">What to do, with parameter values filled in.</param>
public sealed record RequiredStep(
    string Id,
    StepKind Kind,
    bool Done,
    IReadOnlyList<string> RuleIds,
    LocalizedText Description);
