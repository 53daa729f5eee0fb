namespace Kura.Policy.Conditions;

/// <summary>
/// Holds when another rule fired for the same request (<c>{fired: APPI-BRE-01}</c>); false when
/// that rule does not apply in the active regime. Used for exceptions and follow-on duties.
/// </summary>
public sealed record FiredTest(string RuleId) : Condition;
