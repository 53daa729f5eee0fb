using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of a released extract: file, columns, deletions, risk and ledger entry (never values).</summary>
internal sealed record ExtractView(
    string ReleaseId,
    string Kind,
    string Project,
    string Dataset,
    string File,
    string Manifest,
    string Sha256,
    long Bytes,
    IReadOnlyList<ExtractView.ColumnView> Columns,
    IReadOnlyList<ExtractView.DroppedView> Deleted,
    ExtractView.RiskView Risk,
    IReadOnlyList<GeneralizationLevel> Levels,
    Anonymity.QualityScores? Quality,
    IReadOnlyDictionary<string, int> ChangedValues,
    long LedgerEntry)
{
    public sealed record ColumnView(string Name, string Table, string Column, string Class, ColumnTreatment Treatment);

    public sealed record DroppedView(string Table, string Column, string Class, DropReason Reason);

    public sealed record RiskView(int Records, int Rows, int Suppressed, int Classes, double ProsecutorHighest, double ProsecutorAverage,
        double JournalistHighest, double JournalistAverage, double Marketer, bool PopulationIsSample, bool Enforced, double CeilingHighest, double CeilingAverage);

    public static ExtractView From(ExtractOutcome o)
    {
        var s = o.Statistics;
        return new ExtractView(o.ReleaseId, o.Kind.ToName(), o.Project, o.Dataset, o.OutputPath, o.ManifestPath, o.File.Sha256, o.File.Bytes,
            [.. o.Columns.Select(c => new ColumnView(c.Name, c.Table, c.Source, c.Class.ToName(), c.Treatment))],
            [.. o.Dropped.Select(d => new DroppedView(d.Table, d.Column, d.Class.ToName(), d.Reason))],
            new RiskView(s.SourceRecords, s.ReleasedRows, s.SuppressedRecords, s.EquivalenceClasses, s.Risk.ProsecutorHighest, s.Risk.ProsecutorAverage,
                s.Risk.JournalistHighest, s.Risk.JournalistAverage, s.Risk.Marketer, s.Risk.PopulationIsSample, s.RiskEnforced,
                s.Threshold.Highest, s.Threshold.Average),
            s.Levels, s.Quality, s.ChangedValues, o.LedgerSequence);
    }
}
