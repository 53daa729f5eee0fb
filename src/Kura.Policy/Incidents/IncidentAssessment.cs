using Kura.Core;

namespace Kura.Policy;

/// <summary>
/// The obligations an incident creates (PPC reports, notice to persons or its waiver, surcharge
/// exposure, criminal risk), with deadlines counted from <see cref="DiscoveredAt"/>. Pure: the
/// caller supplies the discovery time; no clock is read.
/// </summary>
/// <param name="Regime">The regime in force at discovery.</param>
/// <param name="PolicyVersion">The policy file's version.</param>
/// <param name="PolicyHash">The policy's content hash.</param>
/// <param name="DiscoveredAt">When the holder learned of the incident.</param>
/// <param name="Facts">The incident facts assessed.</param>
/// <param name="Rules">Rules that fired and create obligations.</param>
/// <param name="Obligations">Obligations with deadlines.</param>
/// <param name="Parameters">Parameter values used.</param>
public sealed record IncidentAssessment(
    string Regime,
    string PolicyVersion,
    string PolicyHash,
    DateTimeOffset DiscoveredAt,
    IncidentFacts Facts,
    IReadOnlyList<FiredRule> Rules,
    IReadOnlyList<IncidentObligation> Obligations,
    IReadOnlyList<ParameterSnapshot> Parameters)
{
    public bool ReportToPpc => Has("ppc-report");
    public bool NotifyIndividuals => Has("notify-individuals");
    public bool IndividualNoticeWaived => Has("alternative-public-notice");
    public bool SurchargeExposure => Has("surcharge-exposure");

    /// <summary>True when the surcharge conditions hold except that the profit is not yet known.</summary>
    public bool SurchargeToAssess => Has("surcharge-to-assess");
    public bool CriminalRisk => Has("criminal-risk");

    private bool Has(string obligationId) => Obligations.Any(o => o.Id == obligationId);

    public static IncidentAssessment Assess(Policy policy, IncidentFacts facts, DateTimeOffset discoveredAt)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.DistinctPersons < 0 || facts.ProfitYen is < 0)
            throw KuraException.BadInput("KURA-INCIDENT-INVALID", "Affected persons and profit must be zero or more.");
        var regime = policy.RegimeAt(discoveredAt).Effective;
        var active = policy.Rules.Where(r => r.Regimes.Contains(regime)).ToArray();
        var scope = new FactScope(new PolicyFacts { AsOf = discoveredAt, Incident = facts }, regime, null,
            new HashSet<string>(), new HashSet<string>());
        FactsCheck.Check(scope);
        var run = new RuleRun(policy, scope, active);
        var result = new KindResult(run, [.. run.FiredRules().Where(r => r.Effect.Obligations.Count > 0)], [], DecisionOutcome.Allowed);
        var obligations = result.Fired.SelectMany(rule => rule.Effect.Obligations
            .Where(o => run.Holds(o.When))
            .Select(o => Obligation(policy, rule, o, discoveredAt))).ToArray();
        var examined = active.Where(r => r.Phase is RulePhase.Report or RulePhase.Deny).SelectMany(ParameterReferences.In);
        return new IncidentAssessment(regime, policy.Version, policy.ContentHash, discoveredAt, facts,
            [.. PolicyEvaluator.FiredRules(policy, [result])], obligations, ParameterReferences.Snapshot(policy, examined));
    }

    private static IncidentObligation Obligation(Policy policy, PolicyRule rule, ObligationSpec spec, DateTimeOffset discoveredAt)
    {
        long? days = spec.DueDays is Conditions.ParameterOperand p ? (long?)policy.Parameter(p.Name).Current.Raw : null;
        return new IncidentObligation(spec.Id, rule.Id, days, days is { } d ? discoveredAt.AddDays(d) : null,
            ParameterReferences.Fill(spec.Description, policy));
    }
}
