using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Records a personal-data incident (<c>kura incident record</c>): counts the distinct persons in
    /// the affected rows (never rows), derives their data categories from the affected columns and
    /// the steward's declarations, and assesses the obligations and deadlines under the policy in
    /// force at discovery. The ledger gets counts and categories only.
    /// </summary>
    public IncidentRecord RecordIncident(IncidentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var d = RequireDataset(request.Dataset);
        if (!PolicyVocabulary.IncidentCauses.Contains(request.Cause, StringComparer.Ordinal))
            throw KuraException.BadInput("KURA-INCIDENT-CAUSE", $"Unknown cause '{request.Cause}'. Use one of: {string.Join(", ", PolicyVocabulary.IncidentCauses)}.");
        var discovered = request.DiscoveredAt ?? Now;
        if (discovered > Now)
            throw KuraException.BadInput("KURA-INCIDENT-TIME", "The discovery time is in the future; give when the incident was discovered.");
        var filter = PersonFilter.Parse(request.Where);
        var tables = AffectedTables(d, filter);
        var persons = _vault.CountDistinctPersons(d.Name, d.Unit, filter);
        var policy = ActivePolicy;
        var columns = tables.SelectMany(t => t.Columns).Select(c => new ColumnFacts(c.Name, c.Class)).ToList();
        var categories = PolicyEvaluator.Categories(policy, columns, discovered)
            .Concat(_catalog.DeclaredCategories(d.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var facts = new IncidentFacts(request.Cause, persons, categories, request.Suspected, request.StrongEncryption, request.Pseudonymised, request.ProfitYen);
        var incident = new IncidentRecord(NewIncidentId(), d.Name, filter.Describe(), Now, Actor,
            IncidentAssessment.Assess(policy, facts, discovered));
        _catalog.InTransaction(() =>
        {
            _catalog.AddIncident(incident);
            Record(LedgerEntryTypes.IncidentRecorded, IncidentPayload(incident, filter));
        });
        return incident;
    }

    public IncidentRecord ShowIncident(string id) =>
        _catalog.FindIncident(id) ?? throw KuraException.NotFound("KURA-INCIDENT-NOT-FOUND",
            $"There is no incident '{id}'. List incidents with 'kura incident list'.");

    /// <summary>Incidents, oldest first.</summary>
    public IReadOnlyList<IncidentRecord> ListIncidents() => _catalog.ListIncidents();

    /// <summary>The report for the regulator (PPC), Japanese then English, in Markdown and HTML.</summary>
    public IncidentDocuments IncidentReport(string id)
    {
        var incident = ShowIncident(id);
        var holder = _catalog.Holder() ?? throw KuraException.BadInput("KURA-HOLDER-UNKNOWN",
            "The report names the business holding the data: pass --holder \"NAME\" and --contact \"DESK OR E-MAIL\" once; notices and later reports reuse them.");
        var context = new IncidentReportContext(holder.Name, incident.Dataset, incident.Id, Now, holder.Contact);
        return new IncidentDocuments(Kura.Policy.IncidentReport.Markdown(incident.Assessment, context), Kura.Policy.IncidentReport.Html(incident.Assessment, context));
    }

    /// <summary>Records the holder named in reports (the same profile notices use).</summary>
    public HolderProfile SetHolder(HolderProfile holder) => ResolveHolder(holder);

    private static IReadOnlyList<VaultTable> AffectedTables(Dataset d, PersonFilter filter)
    {
        if (filter.IsAll) return d.Tables;
        var table = d.FindTable(filter.Table!) ?? throw KuraException.NotFound("KURA-TABLE-NOT-FOUND",
            $"Table '{filter.Table}' does not exist in dataset '{d.Name}'. See 'kura dataset show {d.Name}'.");
        if (filter.Column is not null && table.FindColumn(filter.Column) is null)
            throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND", $"Column '{filter.Column}' does not exist in {d.Name}.{table.Name}.");
        return [table];
    }

    private static JsonObject IncidentPayload(IncidentRecord incident, PersonFilter filter)
    {
        var a = incident.Assessment;
        return new JsonObject
        {
            ["incident"] = incident.Id,
            ["dataset"] = incident.Dataset,
            ["rows_selected_by"] = filter.Describe(),
            ["cause"] = a.Facts.Cause,
            ["suspected"] = a.Facts.Suspected,
            ["distinct_persons"] = a.Facts.DistinctPersons,
            ["categories"] = Strings(a.Facts.Categories),
            ["strong_encryption"] = a.Facts.StrongEncryption,
            ["pseudonymised"] = a.Facts.Pseudonymised,
            ["profit_yen"] = a.Facts.ProfitYen,
            ["discovered_at"] = a.DiscoveredAt.ToString("O"),
            ["obligations"] = new JsonArray(a.Obligations.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id,
                ["rule"] = o.RuleId,
                ["due_at"] = o.DueAt?.ToString("O"),
            }).ToArray()),
            ["policy_hash"] = a.PolicyHash,
        };
    }

    private string NewIncidentId() =>
        $"inc-{Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
}
