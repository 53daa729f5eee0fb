using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>The two de-identified extract kinds APPI defines.</summary>
public enum ExtractKind
{
    /// <summary>仮名加工情報 (Art. 41): identifiers replaced by keyed project pseudonyms; still personal information.</summary>
    Pseudonymized,

    /// <summary>匿名加工情報 (Art. 43): linking codes deleted, quasi-identifiers generalised to k-anonymity (and l-diversity).</summary>
    Anonymized,
}

/// <summary>Names and release kinds of <see cref="ExtractKind"/>.</summary>
public static class ExtractKinds
{
    /// <summary>The project release kind an extract of this kind needs.</summary>
    public static ReleaseKind ToReleaseKind(this ExtractKind kind) =>
        kind == ExtractKind.Pseudonymized ? ReleaseKind.PseudonymizedExtract : ReleaseKind.AnonymizedExtract;

    /// <summary>The name users type: <c>pseudonymized</c> or <c>anonymized</c>.</summary>
    public static string ToName(this ExtractKind kind) => kind == ExtractKind.Pseudonymized ? "pseudonymized" : "anonymized";
}
