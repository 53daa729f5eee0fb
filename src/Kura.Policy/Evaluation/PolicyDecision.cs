using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kura.Policy;

/// <summary>
/// The result of evaluating a request: outcome, every rule that fired, the steps required, the
/// persons excluded from releases, the parameter values used and the policy it came from.
/// Serialises to JSON for the catalog (<see cref="ToJson"/>, <see cref="FromJson"/>).
/// </summary>
/// <param name="Outcome">Most restrictive outcome over the requested release kinds.</param>
/// <param name="Regime">The regime whose rules applied.</param>
/// <param name="PolicyVersion">The policy file's version field.</param>
/// <param name="PolicyHash">The policy's content hash (SHA-256 hex).</param>
/// <param name="AsOf">The moment the decision was made for.</param>
/// <param name="Purpose">The request's purpose.</param>
/// <param name="Categories">Data categories of the requested columns.</param>
/// <param name="DatasetCategories">Data categories of all columns of the datasets involved.</param>
/// <param name="ReleaseKinds">Outcome per requested release kind.</param>
/// <param name="Rules">Every rule that fired, classification first.</param>
/// <param name="Steps">Every step required, with its state.</param>
/// <param name="RowExclusions">Persons removed from every release.</param>
/// <param name="Parameters">Parameter values the rules used.</param>
public sealed record PolicyDecision(
    DecisionOutcome Outcome,
    string Regime,
    string PolicyVersion,
    string PolicyHash,
    DateTimeOffset AsOf,
    string? Purpose,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> DatasetCategories,
    IReadOnlyList<ReleaseKindOutcome> ReleaseKinds,
    IReadOnlyList<FiredRule> Rules,
    IReadOnlyList<RequiredStep> Steps,
    IReadOnlyList<RowExclusion> RowExclusions,
    IReadOnlyList<ParameterSnapshot> Parameters)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        WriteIndented = false,
        // Keeps Japanese readable in the catalog; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Ids of the rules that fired, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> RuleIds => [.. Rules.Select(r => r.Id)];

    /// <summary>Record steps whose evidence is not yet recorded.</summary>
    [JsonIgnore]
    public IReadOnlyList<RequiredStep> PendingSteps => [.. Steps.Where(s => !s.Done)];

    /// <summary>True when a steward may approve now: not denied and no record step pending.</summary>
    [JsonIgnore]
    public bool CanApprove => Outcome != DecisionOutcome.Denied && PendingSteps.Count == 0;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PolicyDecision FromJson(string json) =>
        JsonSerializer.Deserialize<PolicyDecision>(json, Json)
        ?? throw new JsonException("A stored policy decision was empty.");
}
