namespace Kura.Policy;

/// <summary>
/// The tagging phase: classify rules run once per column; tags of requested columns form
/// <c>data.categories</c>, tags of all columns form <c>dataset.categories</c>. Declared categories join both.
/// </summary>
internal sealed record Classification(
    IReadOnlySet<string> Requested,
    IReadOnlySet<string> Dataset,
    IReadOnlyList<FiredRule> Rules)
{
    public static Classification Run(Policy policy, IReadOnlyList<PolicyRule> activeRules, PolicyFacts facts, string regime)
    {
        var requested = new SortedSet<string>(facts.DeclaredCategories, StringComparer.Ordinal);
        var dataset = new SortedSet<string>(facts.DeclaredCategories, StringComparer.Ordinal);
        var fired = new List<FiredRule>();
        foreach (var rule in activeRules.Where(r => r.Phase == RulePhase.Classify))
        {
            var evidence = new List<Evidence>();
            foreach (var column in facts.Columns)
            {
                var run = new RuleRun(policy, new FactScope(facts, regime, null, requested, dataset, column), []);
                if (!run.Holds(rule.When)) continue;
                var tags = rule.Effect.Tags.Where(t => run.Holds(t.When)).Select(t => t.Tag).ToArray();
                dataset.UnionWith(tags);
                if (column.Requested) requested.UnionWith(tags);
                evidence.Add(new Evidence("column", $"{column.Name} → {string.Join(", ", tags)}"));
            }
            if (evidence.Count > 0)
                fired.Add(new FiredRule(rule.Id, rule.Phase, rule.Effect.Kind, rule.Basis,
                    ParameterReferences.Fill(rule.Description, policy), [], evidence));
        }
        return new Classification(requested, dataset, fired);
    }
}
