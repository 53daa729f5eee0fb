using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.Engine.Synthesis;

/// <summary>
/// The payload of a <c>synthetic.released</c> ledger entry: who, what, at what cost, the columns with their classes and
/// domain sizes (never the values of the data), the file's hash and the utility figures.
/// </summary>
internal static class SyntheticLedgerEntry
{
    public static JsonObject Payload(string project, string dataset, string releaseId, SynthesisPlan plan, JsonObject cost, JsonObject privacy,
                                     int rows, ExtractFileDigest digest, JsonObject utility, string policyHash) => new()
    {
        ["project"] = project,
        ["dataset"] = dataset,
        ["release_id"] = releaseId,
        ["release_kind"] = ReleaseKind.Synthetic.ToString(),
        ["method"] = plan.Method.ToString().ToLowerInvariant(),
        ["cost"] = cost,
        ["epsilon"] = privacy["epsilon"]!.DeepClone(),
        ["delta"] = privacy["delta"]!.DeepClone(),
        ["per_person"] = plan.PerPerson,
        ["columns"] = SyntheticJson.Columns(plan.Columns, withValues: false),
        ["column_classes"] = SyntheticJson.ColumnClasses(plan.Columns),
        ["rows"] = rows,
        ["file_sha256"] = digest.Sha256,
        ["file_bytes"] = digest.Bytes,
        ["utility"] = utility.DeepClone(),
        ["policy_hash"] = policyHash,
    };
}
