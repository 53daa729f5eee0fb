using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Records a state change or release. Called inside the catalog transaction of the change it
    /// records, so a failed append rolls the change back (the ledger fails closed).
    /// </summary>
    private LedgerReceipt Record(string type, JsonObject payload) => _ledger.Append(type, Actor, payload);

    /// <summary>Refuses to release anything while the ledger is sealed by a failed verification.</summary>
    private void RequireLedgerOpen()
    {
        if (_ledger.State == LedgerState.Sealed)
            throw KuraException.Privacy("KURA-LEDGER-SEALED",
                $"The ledger failed verification ({_ledger.SealedBy?.Kind}) and all releases are stopped. An administrator must inspect it with 'kura ledger verify' and, once restored, run 'kura ledger acknowledge --reason \"…\"'.");
    }

    private static JsonArray Columns(VaultTable table) =>
        new(table.Columns.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["type"] = c.Type.ToString().ToLowerInvariant(),
            ["class"] = c.Class.ToName(),
        }).ToArray());
}
