using System.Text.Json.Nodes;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// The JSON describing an extract's processing and risk, shared by the ledger entry, the catalog record and the
/// manifest. Column names, classes, counts and figures only: never a value from the data.
/// </summary>
internal static class ExtractJson
{
    public static JsonObject Processing(ExtractRequest request, ExtractPlan plan, ProcessedExtract processed)
    {
        var anonymized = request.Kind == ExtractKind.Anonymized;
        var statistics = processed.Statistics;
        return new JsonObject
        {
            ["kind"] = request.Kind.ToName(),
            ["standard"] = anonymized ? "APPI Art. 43(1), PPC Rules Art. 34 (APPI-ANO-01)" : "APPI Art. 41(1), PPC Rules Art. 31 (APPI-PSE-01)",
            ["tables"] = Strings(plan.Tables),
            ["one_row_per_person"] = plan.OneRowPerPerson,
            ["columns"] = new JsonArray([.. processed.Columns.Select(c => (JsonNode)Column(c))]),
            ["deleted"] = new JsonArray([.. processed.Dropped.Select(d => (JsonNode)new JsonObject
            {
                ["table"] = d.Table, ["column"] = d.Column, ["class"] = d.Class.ToName(), ["reason"] = Kebab(d.Reason.ToString()),
            })]),
            ["pseudonym"] = anonymized ? null : "HMAC-SHA256 with a per-project key derived from the home key; 160 bits, base32 (docs/proofs/ProjectPseudonyms.md)",
            ["peculiar_values"] = new JsonObject
            {
                ["rare_value_threshold"] = request.RareValueThresholdInForce,
                ["other_label"] = ExtractRules.OtherLabel,
                ["changed_values"] = new JsonObject([.. statistics.ChangedValues.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]),
            },
            ["anonymization"] = anonymized ? Anonymization(request, statistics) : null,
        };
    }

    public static JsonObject Risk(ExtractStatistics s) => new()
    {
        ["records"] = s.SourceRecords,
        ["rows"] = s.ReleasedRows,
        ["suppressed"] = s.SuppressedRecords,
        ["classes"] = s.EquivalenceClasses,
        ["prosecutor_highest"] = s.Risk.ProsecutorHighest,
        ["prosecutor_average"] = s.Risk.ProsecutorAverage,
        ["journalist_highest"] = s.Risk.JournalistHighest,
        ["journalist_average"] = s.Risk.JournalistAverage,
        ["marketer"] = s.Risk.Marketer,
        ["population_is_sample"] = s.Risk.PopulationIsSample,
        ["records_at_highest_risk"] = s.Risk.RecordsAtHighestRisk,
        ["enforced"] = s.RiskEnforced,
        ["ceiling_highest"] = s.Threshold.Highest,
        ["ceiling_average"] = s.Threshold.Average,
    };

    /// <summary>The column classes released, for the public register.</summary>
    public static JsonArray ColumnClasses(IEnumerable<ExtractColumn> columns) =>
        Strings(columns.Where(c => c.Treatment != ColumnTreatment.Pseudonym).Select(c => c.Class).Distinct().Order().Select(c => c.ToName()));

    private static JsonObject Anonymization(ExtractRequest request, ExtractStatistics s) => new()
    {
        ["k"] = request.K,
        ["smallest_class"] = Math.Max(request.K ?? 0, s.Threshold.SmallestClass),
        ["nearly_unique"] = new JsonObject { ["more_than_values"] = LinkingValues.MinimumValues, ["distinct_share"] = LinkingValues.DistinctTenths / 10.0 },
        ["l"] = request.L,
        ["l_kind"] = request.L is null ? null : Kebab(request.LKind.ToString()),
        ["t"] = request.T,
        ["suppression_limit"] = request.SuppressionLimit,
        ["metric"] = Kebab(request.Metric.ToString()),
        ["levels"] = new JsonArray([.. s.Levels.Select(l => (JsonNode)new JsonObject
        {
            ["column"] = l.Column, ["level"] = l.Level, ["levels"] = l.Levels, ["hierarchy"] = l.Hierarchy, ["hierarchy_sha256"] = l.HierarchySha256,
        })]),
        ["quality"] = s.Quality is { } q ? new JsonObject
        {
            ["loss"] = q.Loss, ["discernibility"] = q.Discernibility, ["non_uniform_entropy"] = q.NonUniformEntropy,
        } : null,
        ["nodes_evaluated"] = s.NodesEvaluated,
        ["lattice_size"] = s.LatticeSize,
    };

    private static JsonObject Column(ExtractColumn c) => new()
    {
        ["name"] = c.Name, ["table"] = c.Table, ["column"] = c.Source, ["class"] = c.Class.ToName(), ["treatment"] = Kebab(c.Treatment.ToString()),
    };

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    // RareGrouped → rare-grouped, NonUniformEntropy → non-uniform-entropy.
    private static string Kebab(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
