using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>One rule of the policy file.</summary>
/// <param name="Id">Stable id cited by decisions, for example <c>AMD-STAT-01</c>.</param>
/// <param name="Basis">The statute, bill or guideline it encodes.</param>
/// <param name="Status">Confidence tags: confirmed, reported, unverified, ordinance, kura.</param>
/// <param name="Regimes">The regimes in which the rule applies.</param>
/// <param name="Phase">Where the rule sits in the evaluation order.</param>
/// <param name="Description">What the rule says, in Japanese and English.</param>
/// <param name="When">The condition over the request's facts; null means always.</param>
/// <param name="Effect">What the rule does when it fires.</param>
public sealed record PolicyRule(
    string Id,
    string Basis,
    IReadOnlyList<string> Status,
    IReadOnlyList<string> Regimes,
    RulePhase Phase,
    LocalizedText Description,
    Condition? When,
    RuleEffect Effect);
