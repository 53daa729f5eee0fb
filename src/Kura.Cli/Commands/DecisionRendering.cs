using Kura.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>Prints a policy decision in short: outcome, the rules that fired (ids), the steps and their state.</summary>
internal static class DecisionRendering
{
    public static void Summary(IAnsiConsole console, PolicyDecision d)
    {
        var colour = d.Outcome switch { DecisionOutcome.Denied => "red", DecisionOutcome.AllowedWithSteps => "yellow", _ => "green" };
        console.MarkupLine($"decision: [{colour} bold]{Outcome(d.Outcome)}[/] under {d.Regime.Esc()} (policy {d.PolicyVersion.Esc()}, sha256 {d.PolicyHash[..12]})");
        foreach (var k in d.ReleaseKinds)
        {
            var why = k.DenyRuleIds.Count > 0 ? $"refused by {string.Join(", ", k.DenyRuleIds)}"
                : k.BasisRuleIds.Count == 0 ? "no rule allows it" : $"basis {string.Join(", ", k.BasisRuleIds)}";
            console.MarkupLine($"  {(k.Kind ?? "-").Esc()}: {Outcome(k.Outcome)} ({why.Esc()})");
        }
        console.MarkupLine($"rules fired: {string.Join(", ", d.RuleIds).Esc()}");
        if (d.Steps.Count > 0) console.Write(Steps(d));
        foreach (var s in d.PendingSteps)
            console.MarkupLine($"  [yellow]{s.Id.Esc()}[/]: {s.Description.En.Esc()}");
        foreach (var x in d.RowExclusions)
            console.MarkupLine($"  excluded from every release: {(x.AgeBelow is { } age ? $"children under {age} with facial data and no recorded legal-representative consent" : "persons on the objection register").Esc()} ({string.Join(", ", x.RuleIds).Esc()})");
    }

    private static Table Steps(PolicyDecision d)
    {
        var table = new Table().AddColumns("step", "state", "required by");
        foreach (var s in d.Steps.OrderBy(s => s.Kind).ThenBy(s => s.Done))
        {
            var state = s.Kind switch
            {
                StepKind.Engine => "[grey]enforced by Kura[/]",
                StepKind.Duty => "[grey]duty[/]",
                _ => s.Done ? "[green]done[/]" : "[yellow]pending[/]",
            };
            table.AddRow(s.Id.Esc(), state, string.Join(", ", s.RuleIds).Esc());
        }
        return table;
    }

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Allowed => "allowed",
        DecisionOutcome.AllowedWithSteps => "allowed once the steps are done",
        _ => "refused",
    };
}
