using LawPolicy = Kura.Policy.Policy;

namespace Kura.Engine.Policy;

/// <summary>
/// What a new policy file changes against the adopted one, by rule id, parameter name and step id;
/// written to the ledger with every <c>kura policy load</c> so an auditor sees the change, not only
/// two hashes.
/// </summary>
/// <param name="RulesAdded">Rule ids only the new policy has.</param>
/// <param name="RulesRemoved">Rule ids only the adopted policy has.</param>
/// <param name="RulesChanged">Rule ids in both whose text (condition, effect, basis, description…) differs.</param>
/// <param name="ParametersChanged">Parameters added, removed or changed (value, source or date).</param>
/// <param name="StepsChanged">Steps added, removed or changed.</param>
public sealed record PolicyDiff(
    IReadOnlyList<string> RulesAdded,
    IReadOnlyList<string> RulesRemoved,
    IReadOnlyList<string> RulesChanged,
    IReadOnlyList<string> ParametersChanged,
    IReadOnlyList<string> StepsChanged)
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static PolicyDiff Between(LawPolicy before, LawPolicy after)
    {
        var frame = Skeleton(after);
        var oldRules = before.Rules.ToDictionary(r => r.Id, r => Canonical(frame with { Rules = [r] }), StringComparer.Ordinal);
        var newRules = after.Rules.ToDictionary(r => r.Id, r => Canonical(frame with { Rules = [r] }), StringComparer.Ordinal);
        var oldParams = before.Parameters.ToDictionary(p => p.Name, p => Canonical(frame with { Parameters = [p] }), StringComparer.Ordinal);
        var newParams = after.Parameters.ToDictionary(p => p.Name, p => Canonical(frame with { Parameters = [p] }), StringComparer.Ordinal);
        var oldSteps = before.Steps.ToDictionary(s => s.Id, s => Canonical(frame with { Steps = [s] }), StringComparer.Ordinal);
        var newSteps = after.Steps.ToDictionary(s => s.Id, s => Canonical(frame with { Steps = [s] }), StringComparer.Ordinal);
        return new PolicyDiff(
            [.. newRules.Keys.Except(oldRules.Keys).Order(StringComparer.Ordinal)],
            [.. oldRules.Keys.Except(newRules.Keys).Order(StringComparer.Ordinal)],
            [.. newRules.Keys.Intersect(oldRules.Keys).Where(id => newRules[id] != oldRules[id]).Order(StringComparer.Ordinal)],
            Changed(oldParams, newParams),
            Changed(oldSteps, newSteps));
    }

    /// <summary>One line for the ledger and the console, for example <c>rules removed: KURA-OBJ-01; rules changed: KURA-GOV-01</c>.</summary>
    public string Summary
    {
        get
        {
            var parts = new[]
            {
                ("rules added", RulesAdded), ("rules removed", RulesRemoved), ("rules changed", RulesChanged),
                ("parameters changed", ParametersChanged), ("steps changed", StepsChanged),
            }.Where(p => p.Item2.Count > 0).Select(p => $"{p.Item1}: {string.Join(", ", p.Item2)}").ToList();
            return parts.Count == 0 ? "no rule, parameter or step changed" : string.Join("; ", parts);
        }
    }

    private static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b).Order(StringComparer.Ordinal)];

    // The same header for every element, so only the element's own text is compared.
    private static LawPolicy Skeleton(LawPolicy policy) => policy with { Version = "", Parameters = [], Steps = [], Rules = [] };

    private static string Canonical(LawPolicy fragment) => Kura.Policy.PolicyFile.Write(fragment);
}
