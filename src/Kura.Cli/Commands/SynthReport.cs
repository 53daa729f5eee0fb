using System.Globalization;
using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Evaluation;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>The human rendering of a synthetic release: columns and domains, then the utility report as a table.</summary>
internal static class SynthReport
{
    public static void Render(IAnsiConsole console, SyntheticOutcome o, string? utilityPath)
    {
        console.MarkupLine($"Released [bold]{o.Rows:N0}[/] synthetic {(o.PerPerson ? "persons" : "rows")} of [bold]{o.Dataset.Esc()}[/] for project [bold]{o.Project.Esc()}[/] " +
            $"({o.Method.ToString().ToUpperInvariant()}, ε = {o.Epsilon.ToString(CultureInfo.InvariantCulture)}, δ = {o.Delta.ToString("G", CultureInfo.InvariantCulture)}, ρ ≈ {o.Cost.Rho.ToDecimalString(6)}) → {o.OutputPath.Esc()}");
        var columns = new Table().AddColumns("column", "class", "domain", "from");
        foreach (var c in o.Columns)
            columns.AddRow(c.Name.Esc(), c.Class.ToName(), Describe(c.Domain).Esc(), c.DomainOrigin.Esc());
        console.Write(columns);
        console.Write(UtilityTable(o.Utility));
        if (o.UtilityNote is { } note) console.MarkupLine($"[grey]{note.Esc()}[/]");
        if (o.LeftOut.Count > 0)
            console.MarkupLine($"[yellow]Left out (no declared domain):[/] {string.Join(", ", o.LeftOut).Esc()}. Declare domains with 'kura synth domain {o.Dataset.Esc()} TABLE.COLUMN=…' or name columns with --columns.");
        console.MarkupLine("[grey]Utility figures are exact aggregates computed inside the vault (not differentially private); no row value leaves.[/]");
        console.MarkupLine($"sha256 {o.File.Sha256} · {o.File.Bytes:N0} bytes · release {o.ReleaseId} · ledger entry {o.LedgerSequence} · manifest {o.ManifestPath}".Esc() +
            (utilityPath is null ? "" : $" · utility {utilityPath.Esc()}"));
    }

    public static Table UtilityTable(UtilityReport report)
    {
        var table = new Table().AddColumns("utility", "sets / target", "mean", "worst (columns)");
        foreach (var m in report.Marginals)
            table.AddRow($"TVD {m.Way}-way marginals", m.Marginals.ToString(CultureInfo.InvariantCulture), F(m.MeanTvd),
                $"{F(m.WorstTvd)} ({string.Join(", ", m.WorstColumns)})".Esc());
        if (report.Classifier is { } c)
            table.AddRow("classifier accuracy, trained on synthetic / on real", c.TargetColumn.Esc(),
                $"{F(c.TrainedOnSynthetic)} / {F(c.TrainedOnReal)}", $"ratio {F(c.Ratio)} ({c.Classifier})".Esc());
        return table;
    }

    private static string Describe(SynthesisDomain domain) => domain switch
    {
        NumericBinDomain b => string.Create(CultureInfo.InvariantCulture, $"{b.Size} bins {b.Low}–{b.High} by {b.Width}"),
        CategoricalDomain v => $"{v.Values.Count} values" + (v.OtherLabel is null ? "" : $" + {v.OtherLabel}"),
        _ => $"{domain.Size} values",
    };

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
