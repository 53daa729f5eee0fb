using System.Globalization;
using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>Reads the facts a rule's condition names, for the decision's evidence.</summary>
internal static class EvidenceReader
{
    public static IReadOnlyList<Evidence> For(PolicyRule rule, RuleRun run)
    {
        if (rule.When is null) return [];
        var nodes = rule.When.Walk().ToArray();
        var facts = nodes.OfType<FactTest>().Select(t => t.Fact).Distinct()
            .Select(f => new Evidence(f, Render(run.Fact(f)), run.Scope.Facts.FactSources.GetValueOrDefault(f)));
        var fired = nodes.OfType<FiredTest>().Select(t => t.RuleId).Distinct()
            .Select(id => new Evidence("fired:" + id, run.Fired(id) ? "true" : "false"));
        return [.. facts, .. fired];
    }

    public static string Render(object? value) => value switch
    {
        null => "(missing)",
        bool b => b ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        IReadOnlySet<string> set => "[" + string.Join(", ", set.Order(StringComparer.Ordinal)) + "]",
        var other => other.ToString() ?? "",
    };
}
