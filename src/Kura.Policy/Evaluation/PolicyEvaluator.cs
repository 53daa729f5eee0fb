namespace Kura.Policy;

/// <summary>
/// Evaluates a request against a policy. Order: tag the data (classify rules), then every other
/// rule per requested release kind. A kind is denied when a deny rule fires or no rule allows it;
/// children's and other require-step rules add steps on top of any allowance; the most
/// restrictive outcome over the kinds wins. Pure: no I/O, no clock.
/// </summary>
public static class PolicyEvaluator
{
    public static PolicyDecision Evaluate(Policy policy, PolicyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(facts);
        var regime = policy.RegimeAt(facts.AsOf).Effective;
        var active = policy.Rules.Where(r => r.Regimes.Contains(regime)).ToArray();
        var classes = Classification.Run(policy, active, facts, regime);
        string?[] kinds = facts.ReleaseKinds.Count == 0 ? [null] : [.. facts.ReleaseKinds];
        var results = kinds.Select(kind =>
        {
            var scope = new FactScope(facts, regime, kind, classes.Requested, classes.Dataset);
            FactsCheck.Check(scope);
            return KindResult.Of(policy, new RuleRun(policy, scope, active));
        }).ToArray();
        var allowed = results.Where(r => r.Outcome != DecisionOutcome.Denied).ToArray();
        var steps = Steps(policy, allowed);
        return new PolicyDecision(
            results.Max(r => r.Outcome),
            regime,
            policy.Version,
            policy.ContentHash,
            facts.AsOf,
            facts.Purpose,
            [.. classes.Requested],
            [.. classes.Dataset],
            [.. results.Select(r => r.Summary())],
            [.. classes.Rules, .. FiredRules(policy, results)],
            steps,
            RowExclusions(policy, steps),
            ParametersUsed(policy, active, results));
    }

    /// <summary>
    /// The data categories the classify rules give these columns (for example an incident's
    /// affected columns), plus nothing else: no request is evaluated.
    /// </summary>
    public static IReadOnlyList<string> Categories(Policy policy, IReadOnlyList<ColumnFacts> columns, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var regime = policy.RegimeAt(asOf).Effective;
        var active = policy.Rules.Where(r => r.Regimes.Contains(regime)).ToArray();
        return [.. Classification.Run(policy, active, new PolicyFacts { AsOf = asOf, Columns = columns }, regime).Requested];
    }

    /// <summary>Each fired rule once, with the release kinds it fired for and the evidence it saw.</summary>
    internal static IEnumerable<FiredRule> FiredRules(Policy policy, IReadOnlyList<KindResult> results) =>
        results.SelectMany(r => r.Fired.Select(rule => (rule, r.Run)))
            .GroupBy(x => x.rule.Id, StringComparer.Ordinal)
            .Select(g => new FiredRule(
                g.Key, g.First().rule.Phase, g.First().rule.Effect.Kind, g.First().rule.Basis,
                ParameterReferences.Fill(g.First().rule.Description, policy),
                [.. g.Select(x => x.Run.Scope.ReleaseKind).OfType<string>().Distinct()],
                [.. g.SelectMany(x => EvidenceReader.For(x.rule, x.Run)).Distinct()]))
            .OrderBy(r => r.Phase);

    private static IReadOnlyList<RequiredStep> Steps(Policy policy, IReadOnlyList<KindResult> allowed) =>
        [.. allowed.SelectMany(r => r.Steps.Select(s => (s.StepId, s.RuleId, r.Run)))
            .GroupBy(s => s.StepId, StringComparer.Ordinal)
            .Select(g =>
            {
                var step = policy.Step(g.Key);
                var done = step.Kind != StepKind.Record || g.All(s => s.Run.Holds(step.DoneWhen));
                return new RequiredStep(step.Id, step.Kind, done, [.. g.Select(s => s.RuleId).Distinct()],
                    ParameterReferences.Fill(step.Description, policy));
            })];

    private static IReadOnlyList<RowExclusion> RowExclusions(Policy policy, IReadOnlyList<RequiredStep> steps) =>
        [.. steps.Select(s => (Required: s, Spec: policy.Step(s.Id).RowExclusion))
            .Where(x => x.Spec is not null)
            .Select(x => new RowExclusion(
                x.Spec!.Who,
                x.Spec.AgeBelow is Conditions.ParameterOperand p ? (long?)policy.Parameter(p.Name).Current.Raw : null,
                x.Required.Id,
                x.Required.RuleIds))];

    private static IReadOnlyList<ParameterSnapshot> ParametersUsed(Policy policy, IReadOnlyList<PolicyRule> active, IReadOnlyList<KindResult> results)
    {
        var fired = results.SelectMany(r => r.Fired).Distinct().ToArray();
        var examined = active.Where(r => r.Phase is RulePhase.Deny or RulePhase.Children or RulePhase.AllowWithSteps)
            .SelectMany(r => ParameterReferences.In(r.When));
        var byFired = fired.SelectMany(ParameterReferences.In);
        var bySteps = results.SelectMany(r => r.Steps).Select(s => policy.Step(s.StepId)).SelectMany(ParameterReferences.In);
        return ParameterReferences.Snapshot(policy, examined.Concat(byFired).Concat(bySteps));
    }
}
