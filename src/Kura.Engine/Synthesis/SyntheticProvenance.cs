using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis;

namespace Kura.Engine.Synthesis;

/// <summary>The privacy terms, the seed-free provenance and the request hash of a synthetic release (public values only).</summary>
internal static class SyntheticProvenance
{
    public static JsonObject Privacy(SynthesisPlan plan, decimal epsilon, decimal delta, PrivacyCost cost, Rational? epsilonAtProjectDelta) => new()
    {
        ["method"] = plan.Method.ToString().ToLowerInvariant(),
        ["epsilon"] = epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["delta"] = delta.ToString("G", System.Globalization.CultureInfo.InvariantCulture),
        ["rho"] = cost.Rho.ToString(),
        ["rho_decimal"] = cost.Rho.ToDecimalString(8),
        ["epsilon_at_project_delta"] = epsilonAtProjectDelta?.ToDecimalString(4),
        ["unit"] = "person",
        ["guarantee"] = "The synthesis is rho-zCDP (exact discrete Gaussian and exponential mechanisms, composed in rational arithmetic), " +
                        "which implies (epsilon, delta)-DP for each person; rho is the largest value within (epsilon, delta) (ZcdpConversion.MaxRhoWithin).",
        ["proofs"] = SyntheticJson.Strings(["docs/proofs/MarginalMeasurement.md", "docs/proofs/ExponentialSelection.md",
            plan.Method == SynthesisMethod.Aim ? "docs/proofs/AimSchedule.md" : "docs/proofs/MstBudget.md"]),
    };

    public static JsonObject Provenance(SynthesisPlan plan, SynthesisResult result, int fitIterations) => new()
    {
        ["method"] = plan.Method.ToString().ToLowerInvariant(),
        ["workload"] = plan.Workload is { } w ? SyntheticJson.Marginals(w) : null,
        ["model_target"] = plan.ModelTarget,
        ["steps"] = SyntheticJson.Steps(result.Steps),
        ["model_cliques"] = SyntheticJson.Marginals(result.ModelCliques),
        ["fit_iterations"] = fitIterations,
        ["randomness"] = "operating-system CSPRNG for noise, selection, hold-out and sampling; no seed exists or is kept",
        ["holdout"] = plan.Target is null ? null : $"{SyntheticValidation.HoldoutPercent} of the real rows held out for the classifier test and not synthesised from",
    };

    /// <summary>SHA-256 of what was asked (never of any result), for the budget reservation.</summary>
    public static string RequestHash(SyntheticRequest request, string dataset, SynthesisPlan plan)
    {
        var text = new JsonObject
        {
            ["project"] = request.Project, ["dataset"] = dataset, ["epsilon"] = request.Epsilon, ["delta"] = request.Delta, ["rows"] = request.Rows,
            ["method"] = plan.Method.ToString(), ["workload"] = plan.Workload is { } w ? SyntheticJson.Marginals(w) : null,
            ["columns"] = SyntheticJson.Columns(plan.Columns, withValues: true), ["features"] = plan.Features is { } f ? SyntheticJson.Strings(f.Select(x => x.Text)) : null,
            ["target"] = plan.Target, ["file"] = Path.GetFileName(request.OutputPath), ["format"] = request.Format.ToString(),
        }.ToJsonString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
