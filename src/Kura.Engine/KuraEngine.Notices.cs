using System.Globalization;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Renders the public notice the law requires for a dataset (Japanese then English) and records
    /// its publication: the <c>publish-notice</c> step (and, for facial data, the biometric-handling
    /// step) of every open project on the dataset is then done, and their decisions are re-evaluated.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format"><c>md</c> (Markdown) or <c>html</c>.</param>
    /// <param name="holder">Who holds the data; null uses the holder recorded earlier (set once, reused by reports).</param>
    public NoticeDocument PublishNotice(string dataset, string format = "md", HolderProfile? holder = null)
    {
        var d = RequireDataset(dataset);
        var html = format switch
        {
            "md" or "markdown" => false,
            "html" => true,
            _ => throw KuraException.BadInput("KURA-NOTICE-FORMAT", $"Unknown notice format '{format}'. Use md or html."),
        };
        var profile = ResolveHolder(holder);
        var policy = ActivePolicy;
        var facts = new NoticeFacts(profile.Name, profile.Contact, d.Name, NoticeColumns(d), NoticePurposes(d, policy), TodayInJapan, profile.Address);
        var text = html ? PublicNotice.Html(facts, policy) : PublicNotice.Markdown(facts, policy);
        var record = new NoticeRecord(d.Name, TodayInJapan, Sha256Hex(text), html ? "html" : "md", HasFacialColumns(d), Now, Actor);
        _catalog.InTransaction(() =>
        {
            _catalog.AddNotice(record);
            Record(LedgerEntryTypes.NoticePublished, new JsonObject
            {
                ["dataset"] = d.Name,
                ["published_on"] = record.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["sha256"] = record.Sha256,
                ["format"] = record.Format,
                ["facial_section"] = record.FacialSection,
                ["policy_hash"] = policy.ContentHash,
            });
        });
        var updated = _catalog.ListProjects().Where(p => IsOpen(p) && p.Datasets.Contains(d.Name, StringComparer.Ordinal)).ToList();
        foreach (var project in updated) CurrentDecision(project);
        return new NoticeDocument(record, text, [.. updated.Select(p => p.Name)]);
    }

    /// <summary>Notices published for a dataset, oldest first.</summary>
    public IReadOnlyList<NoticeRecord> NoticesOf(string dataset) => _catalog.NoticesOf(RequireDataset(dataset).Name);

    /// <summary>The holder named in notices and regulator reports, or null when never set.</summary>
    public HolderProfile? Holder() => _catalog.Holder();

    private HolderProfile ResolveHolder(HolderProfile? given)
    {
        if (given is null)
            return _catalog.Holder() ?? throw KuraException.BadInput("KURA-HOLDER-UNKNOWN",
                "Kura does not know who holds the data yet. Pass --holder \"NAME\" and --contact \"DESK OR E-MAIL\" once; later notices and reports reuse them.");
        if (string.IsNullOrWhiteSpace(given.Name) || string.IsNullOrWhiteSpace(given.Contact))
            throw KuraException.BadInput("KURA-HOLDER-INVALID", "The holder needs both a name (--holder) and a contact point (--contact).");
        var profile = new HolderProfile(given.Name.Trim(), given.Contact.Trim(), string.IsNullOrWhiteSpace(given.Address) ? null : given.Address.Trim());
        if (profile != _catalog.Holder()) _catalog.SetHolder(profile);
        return profile;
    }

    // Each column once (the person key recurs in every table); hidden columns never reach the catalog.
    private static IReadOnlyList<ColumnFacts> NoticeColumns(Dataset d) =>
        [.. d.Tables.SelectMany(t => t.Columns).DistinctBy(c => (c.Name, c.Class)).Select(c => new ColumnFacts(c.Name, c.Class))];

    /// <summary>The statistical purposes in the policy plus those of the dataset's projects the policy did not refuse.</summary>
    private IReadOnlyList<string> NoticePurposes(Dataset d, global::Kura.Policy.Policy policy)
    {
        var fromPolicy = policy.Parameters.Any(p => p.Name == "stat.purposes") ? policy.Parameter("stat.purposes").Current.Items : [];
        var fromProjects = _catalog.ListProjects()
            .Where(p => IsOpen(p) && p.Datasets.Contains(d.Name, StringComparer.Ordinal))
            .Select(p => p.Purpose.ToName());
        return [.. fromPolicy.Concat(fromProjects).Distinct(StringComparer.Ordinal)];
    }
}
