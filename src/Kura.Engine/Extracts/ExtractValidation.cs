using Kura.Anonymity;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>Checks an <see cref="ExtractRequest"/> before anything is read: parameters of the other kind are refused, not ignored.</summary>
internal static class ExtractValidation
{
    public static void Check(ExtractRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.OutputPath)) throw Bad("An extract needs --out FILE.");
        if (request.RareValueThreshold < 1) throw Bad($"--rare-threshold must be at least 1 (1 keeps rare values); {request.RareValueThreshold} was given.");
        if (request.Format == ExtractFileFormat.Parquet && request.Encoding != ExtractTextEncoding.Utf8)
            throw Bad("--encoding applies to CSV only; Parquet stores text as UTF-8.");
        if (request.Kind == ExtractKind.Pseudonymized) CheckPseudonymized(request);
        else CheckAnonymized(request);
    }

    private static void CheckPseudonymized(ExtractRequest request)
    {
        var given = new List<string>();
        if (request.K is not null) given.Add("--k");
        if (request.L is not null) given.Add("--l");
        if (request.T is not null) given.Add("--t");
        if (request.SuppressionLimit != 0) given.Add("--suppression-limit");
        if (request.Metric != QualityMetric.Loss) given.Add("--metric");
        if (request.Hierarchies.Count > 0) given.Add("--hierarchy");
        if (given.Count > 0)
            throw Bad($"{string.Join(", ", given)} apply to anonymized extracts only; a pseudonymized extract replaces the person key and keeps exact values.");
    }

    private static void CheckAnonymized(ExtractRequest request)
    {
        if (request.K is not { } k) throw Bad("An anonymized extract needs --k (every released class then holds at least k persons; at least 2).");
        if (k < 2) throw Bad($"--k must be at least 2; {k} was given.");
        if (request.RareValueThreshold is { } rare && rare < k)
            throw Bad($"--rare-threshold {rare} is below --k {k}: in an anonymized extract a category held by fewer than k persons is a peculiar descriptor " +
                      $"and must be grouped (APPI-ANO-01(4)). Give --rare-threshold {k} or more, or leave it out (default: the larger of 5 and k).");
        if (request.L is { } l)
        {
            if (request.LKind == DiversityKind.Distinct && (l < 2 || l != Math.Floor(l)))
                throw Bad($"Distinct l-diversity needs a whole --l of at least 2; {l} was given.");
            if (request.LKind == DiversityKind.Entropy && !(l > 1 && double.IsFinite(l)))
                throw Bad($"Entropy l-diversity needs --l greater than 1; {l} was given.");
        }
        if (request.T is { } t && !(t is > 0 and <= 1)) throw Bad($"--t must be in (0, 1]; {t} was given.");
        if (!(request.SuppressionLimit is >= 0 and <= 1))
            throw Bad($"--suppression-limit is a fraction of the records between 0 and 1 (0.05 = 5%); {request.SuppressionLimit} was given.");
        if (!Enum.IsDefined(request.Metric)) throw Bad("Unknown --metric; use loss, discernibility or entropy.");
    }

    private static KuraException Bad(string message) => KuraException.BadInput("KURA-EXTRACT-PARAMETER", message);
}
