using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Synthesis;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Evaluation;

namespace Kura.Engine.Synthesis;

/// <summary>
/// The JSON describing a synthetic release, shared by the ledger entry, the manifest and <c>&lt;file&gt;.utility.json</c>:
/// column names, classes, public domains, public spending steps and aggregate utility figures. Never a row value.
/// </summary>
internal static class SyntheticJson
{
    /// <summary>Figures are rounded to this many decimals: enough to compare, no more exact than that.</summary>
    private const int Digits = 4;

    public static JsonArray Columns(IEnumerable<SyntheticColumn> columns, bool withValues) => new([.. columns.Select(c => (JsonNode)new JsonObject
    {
        ["name"] = c.Name,
        ["table"] = c.Table,
        ["column"] = c.Source,
        ["class"] = c.Class.ToName(),
        ["domain"] = Domain(c.Domain, withValues),
        ["domain_origin"] = c.DomainOrigin,
    })]);

    public static JsonObject Domain(SynthesisDomain domain, bool withValues) => domain switch
    {
        NumericBinDomain bins => new JsonObject
        {
            ["kind"] = "bins", ["size"] = bins.Size, ["low"] = bins.Low, ["high"] = bins.High, ["width"] = bins.Width,
        },
        CategoricalDomain values => new JsonObject
        {
            ["kind"] = "values", ["size"] = values.Size, ["other"] = values.OtherLabel,
            ["values"] = withValues ? Strings(values.Values) : null,
        },
        _ => new JsonObject { ["kind"] = domain.GetType().Name, ["size"] = domain.Size },
    };

    /// <summary>The register's column classes: those the synthesis drew on.</summary>
    public static JsonArray ColumnClasses(IEnumerable<SyntheticColumn> columns) =>
        Strings(columns.Select(c => c.Class).Distinct().Order().Select(c => c.ToName()));

    public static JsonObject Utility(UtilityReport report, string? note) => new()
    {
        ["marginals"] = new JsonArray([.. report.Marginals.Select(m => (JsonNode)new JsonObject
        {
            ["way"] = m.Way,
            ["sets"] = m.Marginals,
            ["mean_tvd"] = Round(m.MeanTvd),
            ["worst_tvd"] = Round(m.WorstTvd),
            ["worst_columns"] = Strings(m.WorstColumns),
        })]),
        ["classifier"] = report.Classifier is { } c ? new JsonObject
        {
            ["target"] = c.TargetColumn,
            ["classifier"] = c.Classifier,
            ["accuracy_trained_on_synthetic"] = Round(c.TrainedOnSynthetic),
            ["accuracy_trained_on_real"] = Round(c.TrainedOnReal),
            ["ratio"] = Round(c.Ratio),
            ["tested_on"] = $"held-out real rows ({SyntheticValidation.HoldoutPercent}) the synthesis never saw",
        } : null,
        ["classifier_note"] = note,
        ["note"] = "Total variation distance (0 = identical, 1 = disjoint) between real and synthetic marginals, and classifier accuracy. " +
                   "These are exact aggregates of the real rows computed inside the vault, not differentially private.",
    };

    public static JsonArray Steps(IEnumerable<SynthesisStep> steps) => new([.. steps.Select(s => (JsonNode)new JsonObject
    {
        ["kind"] = s.Kind.ToString().ToLowerInvariant(),
        ["marginals"] = new JsonArray([.. s.Marginals.Select(m => (JsonNode)Strings(m))]),
        ["rho"] = s.Rho.ToString(),
        ["sigma_squared"] = s.SigmaSquared?.ToString(),
        ["epsilon"] = s.Epsilon?.ToString(),
    })]);

    public static JsonArray Marginals(IEnumerable<IReadOnlyList<string>> marginals) => new([.. marginals.Select(m => (JsonNode)Strings(m))]);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static double Round(double value) => Math.Round(value, Digits, MidpointRounding.AwayFromZero);
}
