using System.Globalization;
using Kura.Core;
using Kura.Engine.Extracts;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>The human rendering of a released extract: columns, deletions and the risk report as tables.</summary>
internal static class ExtractReport
{
    public static void Render(IAnsiConsole console, ExtractOutcome o)
    {
        var s = o.Statistics;
        console.MarkupLine($"Released [bold]{o.Kind.ToName()}[/] extract of [bold]{o.Dataset.Esc()}[/] for project [bold]{o.Project.Esc()}[/] → {o.OutputPath.Esc()}");
        var columns = new Table().AddColumns("column", "class", "treatment");
        foreach (var c in o.Columns)
            columns.AddRow(c.Name.Esc(), c.Class.ToName(), Treatment(c, s).Esc());
        console.Write(columns);
        if (o.Dropped.Count > 0)
            console.MarkupLine("Deleted: " + string.Join(", ", o.Dropped.Select(d => $"{d.Table}.{d.Column} ({Kebab(d.Reason)})")).Esc());
        console.Write(RiskTable(s));
        console.MarkupLine((s.RiskEnforced
            ? $"Within the policy's ceilings (highest ≤ {F(s.Threshold.Highest)}, average ≤ {F(s.Threshold.Average)})."
            : "Pseudonymized data stays personal information for its recipient: the risk is reported, not enforced.").Esc());
        console.MarkupLine($"sha256 {o.File.Sha256} · {o.File.Bytes:N0} bytes · release {o.ReleaseId} · ledger entry {o.LedgerSequence} · manifest {o.ManifestPath}".Esc());
    }

    private static Table RiskTable(ExtractStatistics s)
    {
        var r = s.Risk;
        var table = new Table().AddColumns("risk report", "highest", "average");
        table.AddRow("prosecutor", F(r.ProsecutorHighest), F(r.ProsecutorAverage));
        table.AddRow(r.PopulationIsSample ? "journalist (population = extract)" : "journalist", F(r.JournalistHighest), F(r.JournalistAverage));
        table.AddRow("marketer", "—", F(r.Marketer));
        table.AddRow("records / released rows", s.SourceRecords.ToString("N0", CultureInfo.InvariantCulture), s.ReleasedRows.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("suppressed records", s.SuppressedRecords.ToString("N0", CultureInfo.InvariantCulture), "");
        table.AddRow("equivalence classes", s.EquivalenceClasses.ToString("N0", CultureInfo.InvariantCulture), "");
        if (s.Quality is { } q)
            table.AddRow($"loss / discernibility / entropy ({Kebab(s.Metric!)} minimised)", F(q.Loss), $"{q.Discernibility:N0} / {q.NonUniformEntropy:N1}".Esc());
        return table;
    }

    private static string Treatment(ExtractColumn c, ExtractStatistics s)
    {
        var level = s.Levels.FirstOrDefault(l => l.Column == c.Name);
        var text = level is null ? Kebab(c.Treatment) : $"generalized to level {level.Level} of {level.Levels - 1} ({level.Hierarchy})";
        return s.ChangedValues.TryGetValue(c.Name, out var n) ? $"{text}, {n:N0} values changed" : text;
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Kebab(object value) =>
        string.Concat(value.ToString()!.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
