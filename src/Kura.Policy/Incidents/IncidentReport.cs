using System.Globalization;

namespace Kura.Policy;

/// <summary>
/// Renders an <see cref="IncidentAssessment"/> as a report for the regulator (PPC), in Japanese
/// then English, as Markdown or a standalone HTML page. Contains counts and categories only,
/// never row values.
/// </summary>
public static class IncidentReport
{
    public static string Markdown(IncidentAssessment assessment, IncidentReportContext context) =>
        DocumentRenderer.Markdown(Blocks(assessment, context));

    public static string Html(IncidentAssessment assessment, IncidentReportContext context) =>
        DocumentRenderer.Html($"Incident {context.IncidentId}", "ja", Blocks(assessment, context));

    private static IEnumerable<DocumentBlock> Blocks(IncidentAssessment a, IncidentReportContext c) =>
        [.. Section(a, c, IncidentReportLabels.Ja), .. Section(a, c, IncidentReportLabels.En)];

    private static IEnumerable<DocumentBlock> Section(IncidentAssessment a, IncidentReportContext c, IncidentReportLabels l)
    {
        yield return new DocumentBlock.Heading(1, $"{l.Title}: {c.IncidentId}");
        yield return new DocumentBlock.Table([l.Item, l.Value],
        [
            [l.Holder, c.HolderName],
            [l.Dataset, c.DatasetName],
            [l.Discovered, Time(a.DiscoveredAt)],
            [l.Written, Time(c.WrittenAt)],
            [l.Regime, $"{a.Regime} ({l.Policy} {a.PolicyVersion}, sha256 {a.PolicyHash[..12]})"],
            [l.Contact, c.Contact ?? "-"],
        ]);
        yield return new DocumentBlock.Heading(2, l.Overview);
        yield return new DocumentBlock.Bullets(
        [
            $"{l.Cause}: {l.Pick(VocabularyText.Of(a.Facts.Cause))}{(a.Facts.Suspected ? $" ({l.Suspected})" : "")}",
            $"{l.Persons}: {a.Facts.DistinctPersons.ToString("N0", CultureInfo.InvariantCulture)}",
            $"{l.Categories}: {(a.Facts.Categories.Count == 0 ? "-" : string.Join(", ", a.Facts.Categories.Select(x => l.Pick(VocabularyText.Of(x)))))}",
            $"{l.Encrypted}: {l.YesNo(a.Facts.StrongEncryption)}",
            $"{l.Pseudonymised}: {l.YesNo(a.Facts.Pseudonymised)}",
            $"{l.Profit}: {(a.Facts.ProfitYen is { } profit ? profit.ToString("N0", CultureInfo.InvariantCulture) : l.NotKnown)}",
        ]);
        yield return new DocumentBlock.Heading(2, l.Obligations);
        yield return a.Obligations.Count == 0
            ? new DocumentBlock.Paragraph(l.NoObligations)
            : new DocumentBlock.Table([l.Obligation, l.Rule, l.Due],
                [.. a.Obligations.Select(o => (IReadOnlyList<string>)[l.Pick(o.Description), o.RuleId, Due(o, l)])]);
        yield return new DocumentBlock.Bullets(
        [
            $"{l.PpcReport}: {l.YesNo(a.ReportToPpc)}",
            $"{l.Surcharge}: {(a.SurchargeToAssess ? l.ToAssess : l.YesNo(a.SurchargeExposure))}",
            $"{l.Criminal}: {l.YesNo(a.CriminalRisk)}",
        ]);
        yield return new DocumentBlock.Heading(2, l.Rules);
        yield return new DocumentBlock.Bullets([.. a.Rules.Select(r => $"{r.Id} ({r.Basis}): {l.Pick(r.Description)}")]);
        yield return new DocumentBlock.Heading(2, l.Parameters);
        yield return new DocumentBlock.Bullets([.. a.Parameters.Select(p => $"{p.Name} = {p.Value} — {p.Source}")]);
    }

    private static string Due(IncidentObligation o, IncidentReportLabels l) =>
        o.DueAt is { } at ? $"{Time(at)} ({o.DueDays} {l.Days})" : l.Promptly;

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
