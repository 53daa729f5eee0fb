namespace Kura.Policy;

/// <summary>The evaluation of one release kind: its run, the rules that fired and the steps they require.</summary>
internal sealed record KindResult(
    RuleRun Run,
    IReadOnlyList<PolicyRule> Fired,
    IReadOnlyList<(string StepId, string RuleId)> Steps,
    DecisionOutcome Outcome)
{
    public static KindResult Of(Policy policy, RuleRun run)
    {
        var fired = run.FiredRules();
        var steps = fired
            .Where(r => r.Effect.Kind is EffectKind.Allow or EffectKind.RequireStep)
            .SelectMany(r => r.Effect.Steps.Where(s => run.Holds(s.When)).Select(s => (s.StepId, r.Id)))
            .ToArray();
        var denied = fired.Any(r => r.Effect.Kind == EffectKind.Deny) || !fired.Any(r => r.Effect.Kind == EffectKind.Allow);
        var outcome = denied ? DecisionOutcome.Denied
            : steps.Any(s => policy.Step(s.StepId).Kind != StepKind.Engine) ? DecisionOutcome.AllowedWithSteps
            : DecisionOutcome.Allowed;
        return new KindResult(run, fired, steps, outcome);
    }

    public ReleaseKindOutcome Summary() => new(
        Run.Scope.ReleaseKind,
        Outcome,
        [.. Fired.Where(r => r.Effect.Kind == EffectKind.Allow).Select(r => r.Id)],
        [.. Fired.Where(r => r.Effect.Kind == EffectKind.Deny).Select(r => r.Id)]);
}
