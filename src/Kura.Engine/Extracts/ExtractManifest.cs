using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kura.Ledger;

namespace Kura.Engine.Extracts;

/// <summary>
/// The sidecar <c>&lt;file&gt;.manifest.json</c>: what the file is (kind and the statutory notice the recipient must be
/// given), how it was made, its risk, its SHA-256 and the ledger entry that records it.
/// </summary>
internal static class ExtractManifest
{
    public const string Schema = "kura-extract-manifest/1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(ExtractOutcome outcome, ExtractRequest request, JsonObject processing, JsonObject risk, LedgerReceipt receipt, string actor)
    {
        var manifest = new JsonObject
        {
            ["schema"] = Schema,
            ["kura_version"] = KuraVersion(),
            ["release_id"] = outcome.ReleaseId,
            ["kind"] = outcome.Kind.ToName(),
            ["notice"] = Notice(outcome.Kind),
            ["project"] = outcome.Project,
            ["dataset"] = outcome.Dataset,
            ["created_at"] = receipt.Timestamp.ToString("O"),
            ["created_by"] = actor,
            ["file"] = new JsonObject
            {
                ["name"] = Path.GetFileName(outcome.OutputPath),
                ["sha256"] = outcome.File.Sha256,
                ["bytes"] = outcome.File.Bytes,
                ["format"] = request.Format.ToString().ToLowerInvariant(),
                ["encoding"] = request.Format == ExtractFileFormat.Csv ? (request.Encoding == ExtractTextEncoding.Utf8 ? "utf-8" : "shift_jis") : null,
                ["rows"] = outcome.Statistics.ReleasedRows,
            },
            ["processing"] = processing.DeepClone(),
            ["risk"] = risk.DeepClone(),
            ["ledger"] = new JsonObject
            {
                ["type"] = LedgerEntryTypes.ExtractReleased,
                ["sequence"] = receipt.Sequence,
                ["entry_hash"] = receipt.EntryHash.ToHex(),
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(manifest, Options);
    }

    // APPI Art. 43(4)/44 and 41: the recipient is told what the data is and what it may not do with it.
    private static JsonObject Notice(ExtractKind kind) => kind == ExtractKind.Anonymized
        ? new JsonObject
        {
            ["ja"] = "本データは個人情報保護法第43条に基づき作成された匿名加工情報です。受領者は、本人を識別するために他の情報と照合すること、及び削除された記述・加工方法を取得することを禁じられています（同法第45条）。",
            ["en"] = "This is anonymously processed information made under APPI Art. 43. The recipient must not collate it with other information to identify persons, nor obtain the deleted descriptors or the processing method (Art. 45).",
        }
        : new JsonObject
        {
            ["ja"] = "本データは個人情報保護法第41条に基づき作成された仮名加工情報です。本人を識別するための照合、本人への連絡への利用、及び法令に基づく場合等を除く第三者提供は禁止されています（同法第41条）。",
            ["en"] = "This is pseudonymously processed information made under APPI Art. 41. It must not be collated to identify persons, used to contact them, or provided to third parties except as the Act allows (Art. 41).",
        };

    private static string KuraVersion() =>
        typeof(ExtractManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExtractManifest).Assembly.GetName().Version?.ToString() ?? "unknown";
}
