using System.Globalization;
using Kura.Core;

namespace Kura.Policy;

/// <summary>
/// Renders the public notice the law requires for a dataset (<c>kura notice DATASET</c>): who
/// holds the data, what it is, the statistical and AI-development purposes, how facial data is
/// handled, and how to ask for suspension or deletion; Japanese then English, as Markdown or HTML.
/// Cites AMD-STAT-01 (publicity), AMD-BIO-01 (biometrics), APPI-ANO-02 and KURA-OBJ-01.
/// </summary>
public static class PublicNotice
{
    public static string Markdown(NoticeFacts facts, Policy policy) => DocumentRenderer.Markdown(Blocks(facts, policy));

    public static string Html(NoticeFacts facts, Policy policy) =>
        DocumentRenderer.Html($"{facts.HolderName}: {facts.DatasetName}", "ja", Blocks(facts, policy));

    private static IEnumerable<DocumentBlock> Blocks(NoticeFacts facts, Policy policy)
    {
        var consentAge = policy.Parameter("child.consentAge").Current.ToString();
        return [.. Section(facts, NoticeLabels.Ja, consentAge), .. Section(facts, NoticeLabels.En, consentAge)];
    }

    private static IEnumerable<DocumentBlock> Section(NoticeFacts f, NoticeLabels l, string consentAge)
    {
        yield return new DocumentBlock.Heading(1, $"{l.Title}: {f.DatasetName}");
        yield return new DocumentBlock.Paragraph($"{l.Published}: {f.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        yield return new DocumentBlock.Heading(2, l.Holder);
        yield return new DocumentBlock.Bullets([f.HolderName, .. f.HolderAddress is null ? Array.Empty<string>() : [f.HolderAddress]]);
        yield return new DocumentBlock.Heading(2, l.Data);
        yield return new DocumentBlock.Paragraph(l.DataIntro);
        yield return new DocumentBlock.Table([l.Item, l.Kind],
            [.. f.Columns.Select(c => (IReadOnlyList<string>)[c.Name, l.Pick(VocabularyText.Of(c.Class.ToName()))])]);
        yield return new DocumentBlock.Heading(2, l.Purposes);
        yield return new DocumentBlock.Bullets([.. f.Purposes.Select(p => l.Pick(VocabularyText.Of(p)))]);
        yield return new DocumentBlock.Paragraph(l.PurposeLimits);
        if (f.Columns.Any(c => c.Class == ColumnClass.Facial))
        {
            yield return new DocumentBlock.Heading(2, l.Facial);
            yield return new DocumentBlock.Paragraph(string.Format(CultureInfo.InvariantCulture, l.FacialText, consentAge));
        }
        yield return new DocumentBlock.Heading(2, l.Requests);
        yield return new DocumentBlock.Paragraph(string.Format(CultureInfo.InvariantCulture, l.RequestsText, consentAge));
        yield return new DocumentBlock.Bullets([f.Contact]);
        yield return new DocumentBlock.Paragraph(l.Basis);
    }
}
