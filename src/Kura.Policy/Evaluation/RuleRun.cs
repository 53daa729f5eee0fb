namespace Kura.Policy;

/// <summary>
/// One pass of the rules over one scope (one release kind, or one incident). A rule's result is
/// computed once, on first need, so <c>fired:</c> tests may name rules of any phase; the loader
/// has already refused cycles.
/// </summary>
internal sealed class RuleRun(Policy policy, FactScope scope, IReadOnlyList<PolicyRule> activeRules) : IConditionContext
{
    private readonly Dictionary<string, PolicyRule> _active =
        activeRules.Where(r => r.Phase != RulePhase.Classify).ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _results = new(StringComparer.Ordinal);

    public FactScope Scope => scope;

    /// <summary>The rules that fired, in phase order then file order.</summary>
    public IReadOnlyList<PolicyRule> FiredRules() =>
        [.. activeRules.Where(r => r.Phase != RulePhase.Classify && Fired(r.Id)).OrderBy(r => r.Phase)];

    public bool Fired(string ruleId)
    {
        if (!_active.TryGetValue(ruleId, out var rule)) return false;
        if (!_results.TryGetValue(ruleId, out var fired))
            _results[ruleId] = fired = ConditionEvaluator.Holds(rule.When, this);
        return fired;
    }

    public bool Holds(Conditions.Condition? condition) => ConditionEvaluator.Holds(condition, this);

    public object? Fact(string name) => FactCatalog.Read(name, scope);

    public PolicyValue Parameter(string name) => policy.Parameter(name).Current;
}
