namespace Kura.Policy.Tests;

/// <summary>One row of the rule table: under <see cref="Regime"/>, the rule fires or not for the given request or incident.</summary>
internal sealed record RuleScenario(
    string Name,
    string RuleId,
    string Regime,
    bool Fires,
    PolicyFacts? Request = null,
    IncidentFacts? Incident = null,
    Func<Policy, Policy>? Adjust = null)
{
    public IReadOnlyList<string> FiredRuleIds()
    {
        var policy = Adjust is null ? TestPolicies.For(Regime) : Adjust(TestPolicies.For(Regime));
        return Incident is not null
            ? [.. IncidentAssessment.Assess(policy, Incident, TestPolicies.At).Rules.Select(r => r.Id)]
            : PolicyEvaluator.Evaluate(policy, Request!).RuleIds;
    }

    public override string ToString() => Name;
}
