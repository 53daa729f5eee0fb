using System.Globalization;
using System.Text;

namespace Kura.Policy;

/// <summary>
/// Writes a stored <see cref="PolicyDecision"/> as plain text in Japanese and English
/// (<c>kura policy explain --project P</c>). Needs only the decision: it carries its rules' texts.
/// </summary>
public static class DecisionExplainer
{
    /// <summary>The Japanese explanation followed by the English one.</summary>
    public static string Explain(PolicyDecision decision) => Japanese(decision) + "\n" + English(decision);

    public static string Japanese(PolicyDecision decision) => Write(decision, ExplanationLabels.Ja);

    public static string English(PolicyDecision decision) => Write(decision, ExplanationLabels.En);

    private static string Write(PolicyDecision d, ExplanationLabels l)
    {
        var text = new StringBuilder();
        text.AppendLine($"{l.Title}: {l.OutcomeName(d.Outcome)}");
        text.AppendLine($"  {l.Regime}: {d.Regime}   {l.Policy}: {d.PolicyVersion} (sha256 {d.PolicyHash[..12]})");
        text.AppendLine($"  {l.AsOf}: {d.AsOf.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}   {l.Purpose}: {d.Purpose ?? l.None}");
        text.AppendLine($"  {l.Categories}: {List(d.Categories, l)}");
        text.AppendLine($"  {l.DatasetCategories}: {List(d.DatasetCategories, l)}");
        WriteKinds(text, d, l);
        WriteRules(text, d, l);
        WriteSteps(text, d, l);
        WriteExclusions(text, d, l);
        text.AppendLine($"{l.Parameters}:");
        foreach (var p in d.Parameters)
            text.AppendLine($"  {p.Name} = {Abbreviate(p.Value)}{(p.Overridden ? $" ({l.Overridden})" : "")} — {p.Source}");
        if (d.Outcome != DecisionOutcome.Denied)
            text.AppendLine(d.CanApprove ? l.CanApprove : l.CannotApprove);
        return text.ToString();
    }

    private static void WriteKinds(StringBuilder text, PolicyDecision d, ExplanationLabels l)
    {
        text.AppendLine($"{l.PerKind}:");
        foreach (var k in d.ReleaseKinds)
        {
            var why = k.DenyRuleIds.Count > 0 ? $"{l.DeniedBy} {string.Join(", ", k.DenyRuleIds)}"
                : k.BasisRuleIds.Count == 0 ? l.NoBasis
                : $"{l.Basis} {string.Join(", ", k.BasisRuleIds)}";
            text.AppendLine($"  {k.Kind ?? "-"}: {l.OutcomeName(k.Outcome)} ({why})");
        }
    }

    private static void WriteRules(StringBuilder text, PolicyDecision d, ExplanationLabels l)
    {
        text.AppendLine($"{l.Rules}:");
        foreach (var r in d.Rules)
        {
            var kinds = r.ReleaseKinds.Count > 0 ? $" [{string.Join(", ", r.ReleaseKinds)}]" : "";
            text.AppendLine($"  {r.Id} ({r.Basis}){kinds}: {l.Pick(r.Description)}");
            if (r.Evidence.Count > 0)
                text.AppendLine($"    {l.Evidence}: {string.Join("; ", r.Evidence.Select(e => Evidence(e, l)))}");
        }
    }

    private static void WriteSteps(StringBuilder text, PolicyDecision d, ExplanationLabels l)
    {
        text.AppendLine($"{l.Steps}:");
        if (d.Steps.Count == 0) text.AppendLine($"  {l.None}");
        foreach (var s in d.Steps.OrderBy(s => s.Kind).ThenBy(s => s.Done))
        {
            var state = s.Kind switch
            {
                StepKind.Engine => l.ByEngine,
                StepKind.Duty => l.Duty,
                _ => s.Done ? l.Done : l.Pending,
            };
            text.AppendLine($"  [{state}] {s.Id}: {l.Pick(s.Description)} ({string.Join(", ", s.RuleIds)})");
        }
    }

    private static void WriteExclusions(StringBuilder text, PolicyDecision d, ExplanationLabels l)
    {
        if (d.RowExclusions.Count == 0) return;
        text.AppendLine($"{l.Exclusions}:");
        foreach (var x in d.RowExclusions)
        {
            var who = x.AgeBelow is { } age ? string.Format(CultureInfo.InvariantCulture, l.MinorsBelow, age) : l.Objectors;
            text.AppendLine($"  {who} ({string.Join(", ", x.RuleIds)})");
        }
    }

    // A fact's provenance (for example a steward's attestation) is printed beside its value.
    private static string Evidence(Evidence e, ExplanationLabels l) =>
        e.Source is null ? $"{e.Fact}={e.Value}" : $"{e.Fact}={e.Value} ({l.Pick(e.Source)})";

    private static string List(IReadOnlyList<string> items, ExplanationLabels l) =>
        items.Count == 0 ? l.None : string.Join(", ", items);

    // Long pattern lists would drown the explanation; the stored decision keeps them in full.
    private static string Abbreviate(string value) => value.Length <= 120 ? value : value[..117] + "…]";
}
