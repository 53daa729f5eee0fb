using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kura.Engine.Extracts;
using Kura.Ledger;

namespace Kura.Engine.Synthesis;

/// <summary>
/// The sidecar <c>&lt;file&gt;.manifest.json</c> of a synthetic table: what it is, the privacy it was made under,
/// its columns and public domains, a seed-free provenance (the public spending steps and model; all randomness came
/// from the OS CSPRNG, so there is no seed to keep), the utility report, its SHA-256 and its ledger entry.
/// </summary>
internal static class SyntheticManifest
{
    public const string Schema = "kura-synthetic-manifest/1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(SyntheticOutcome outcome, SyntheticRequest request, SynthesisPlan plan, JsonObject privacy, JsonObject provenance,
                               LedgerReceipt receipt, string actor)
    {
        var manifest = new JsonObject
        {
            ["schema"] = Schema,
            ["kura_version"] = KuraVersion(),
            ["release_id"] = outcome.ReleaseId,
            ["kind"] = "synthetic",
            ["notice"] = new JsonObject
            {
                ["ja"] = "本データは差分プライバシーにより生成された合成データです。各行は実在の人物に対応しません。統計目的（AI開発を含む）以外に利用せず、実データとの照合による個人の推定を試みないでください。",
                ["en"] = "Differentially private synthetic data: no row corresponds to a real person. Use it for statistics (including AI development) only and do not try to infer any person by collating it with other data.",
            },
            ["project"] = outcome.Project,
            ["dataset"] = outcome.Dataset,
            ["created_at"] = receipt.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            ["created_by"] = actor,
            ["file"] = new JsonObject
            {
                ["name"] = Path.GetFileName(outcome.OutputPath),
                ["sha256"] = outcome.File.Sha256,
                ["bytes"] = outcome.File.Bytes,
                ["format"] = request.Format.ToString().ToLowerInvariant(),
                ["encoding"] = request.Format == ExtractFileFormat.Csv ? (request.Encoding == ExtractTextEncoding.Utf8 ? "utf-8" : "shift_jis") : null,
                ["rows"] = outcome.Rows,
            },
            ["privacy"] = privacy.DeepClone(),
            ["source"] = new JsonObject
            {
                ["tables"] = SyntheticJson.Strings(plan.Tables),
                ["per_person"] = plan.PerPerson,
                ["features"] = plan.Features is { } f ? SyntheticJson.Strings(f.Select(x => x.Text)) : null,
                ["rows_are"] = plan.PerPerson ? "one row per person, built from the declared features" : "one row per person (the person's rank-1 row: uniformly random, fixed at import)",
                ["exclusions"] = "read through the release views: objectors and children's facial data without recorded consent left out before fitting",
            },
            ["columns"] = SyntheticJson.Columns(outcome.Columns, withValues: true),
            ["provenance"] = provenance.DeepClone(),
            ["utility"] = JsonNode.Parse(outcome.UtilityJson),
            ["ledger"] = new JsonObject
            {
                ["type"] = LedgerEntryTypes.SyntheticReleased,
                ["sequence"] = receipt.Sequence,
                ["entry_hash"] = receipt.EntryHash.ToHex(),
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(manifest, Options);
    }

    /// <summary>The JSON text of a utility report, as <c>&lt;file&gt;.utility.json</c> holds it.</summary>
    public static string Text(JsonObject json) => json.ToJsonString(Options);

    private static string KuraVersion() =>
        typeof(SyntheticManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SyntheticManifest).Assembly.GetName().Version?.ToString() ?? "unknown";
}
