using Kura.Core;

namespace Kura.Policy;

/// <summary>
/// The closed vocabularies the policy file may use. The validator refuses a literal outside them,
/// so a misspelt purpose or category is caught when the file is loaded, not when a request slips by.
/// </summary>
public static class PolicyVocabulary
{
    public const string RegimeCurrent = "appi-current";
    public const string Regime2026 = "appi-2026";

    /// <summary>Data categories produced by classification (and given for incidents).</summary>
    public static IReadOnlyList<string> Categories { get; } =
        ["PI", "IdCode", "Sensitive", "FaceFeature", "Health", "Criminal", "PaymentCred", "InternalId"];

    public static IReadOnlyList<string> Actions { get; } = ["use", "provide-3p", "acquire", "publish"];

    public static IReadOnlyList<string> ReleaseKinds { get; } =
        ["dp-query", "synthetic", "pseudonymized-extract", "anonymized-extract"];

    public static IReadOnlyList<string> IncidentCauses { get; } =
        ["leak", "loss", "unauthorized-access", "improper-use", "fraudulent-acquisition", "unlawful-provision"];

    public static IReadOnlyList<string> AcquisitionMethods { get; } =
        ["lawful", "consent", "public", "deceptive", "stolen", "known-tainted"];

    public static IReadOnlyList<string> BestInterestsValues { get; } = ["none", "positive", "negative"];

    /// <summary>Who an engine step removes from releases.</summary>
    public static IReadOnlyList<string> RowExclusionKinds { get; } =
        ["objectors", "minors-facial-without-legal-rep-consent"];

    /// <summary>Obligation ids the incident assessment understands.</summary>
    public static IReadOnlyList<string> ObligationIds { get; } =
        ["ppc-report", "ppc-preliminary", "ppc-final", "notify-individuals", "alternative-public-notice",
         "surcharge-exposure", "surcharge-to-assess", "criminal-risk", "stop-use"];

    public static IReadOnlyList<string> Purposes => [.. PurposeNames.All];

    public static IReadOnlyList<string> Regimes { get; } = [RegimeCurrent, Regime2026];

    /// <summary>The policy-file name of a release kind, for example <c>dp-query</c>.</summary>
    public static string ToPolicyName(this ReleaseKind kind) => kind switch
    {
        ReleaseKind.DpQuery => "dp-query",
        ReleaseKind.Synthetic => "synthetic",
        ReleaseKind.PseudonymizedExtract => "pseudonymized-extract",
        ReleaseKind.AnonymizedExtract => "anonymized-extract",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown release kind."),
    };
}
