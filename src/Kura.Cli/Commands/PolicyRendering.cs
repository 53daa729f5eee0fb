using System.Globalization;
using Kura.Engine.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>Human rendering of <c>kura policy show</c>.</summary>
internal static class PolicyRendering
{
    public static void Status(IAnsiConsole console, PolicyStatus s)
    {
        if (s.FileProblem is not null)
            console.MarkupLine($"[red]The policy file {s.FileLocation.Esc()} was refused:[/] {s.FileProblem.Esc()}");
        console.MarkupLine($"[bold]regime[/]: {s.Regime.Explanation.En.Esc()}");
        console.MarkupLine($"        {s.Regime.Explanation.Ja.Esc()}");
        console.MarkupLine($"[bold]policy[/]: version {s.Active.Version.Esc()}, sha256 {s.Adopted.Hash.Esc()}");
        console.MarkupLine($"        adopted {s.Adopted.AdoptedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC by {s.Adopted.Actor.Esc()} ({s.Adopted.Change.Esc()})" +
            (s.FileLocation is null ? "" : $"; file {s.FileLocation.Esc()}"));
        var table = new Table().AddColumns("parameter", "value", "source", "from", "status");
        foreach (var p in s.Active.Parameters)
        {
            var value = p.Current.ToString();
            if (value.Length > 60) value = value[..57] + "…";
            var shown = p.Value is null ? value.Esc() : $"{value.Esc()} [yellow](local; default {p.Default.ToString().Esc()})[/]";
            table.AddRow(p.Name.Esc(), shown, p.Source.Esc(),
                p.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Join(", ", p.Status).Esc());
        }
        console.Write(table);
        console.MarkupLine($"history: {s.History.Count} adopted polic{(s.History.Count == 1 ? "y" : "ies")}; latest change: {s.Adopted.Change.Esc()}");
    }
}
