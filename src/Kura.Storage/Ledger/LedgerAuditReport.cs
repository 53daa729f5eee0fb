using System.Text.Json.Serialization;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>What a read-only verification found (the shape of <c>kura ledger verify --json</c>).</summary>
/// <param name="Verification">Entries, checkpoints, root and the first fault.</param>
/// <param name="KeyId">Id of the Ed25519 public key every head was checked against.</param>
/// <param name="PendingRecovery">A torn final write the next writable open will cut; nothing was changed.</param>
/// <param name="SealedBy">The fault in SEALED.json, when releases are stopped until an administrator acknowledges.</param>
/// <param name="CatalogAnchor">Size and root the catalog recorded, when checked (home mode only).</param>
public sealed record LedgerAuditReport(
    [property: JsonPropertyName("verification")] LedgerVerification Verification,
    [property: JsonPropertyName("key_id")] string KeyId,
    [property: JsonPropertyName("pending_recovery")] LedgerRecovery PendingRecovery,
    [property: JsonPropertyName("sealed_by")] LedgerFault? SealedBy,
    [property: JsonPropertyName("catalog_anchor")] LedgerAnchor? CatalogAnchor)
{
    /// <summary>True when no fault was found.</summary>
    [JsonPropertyName("valid")]
    public bool IsValid => Verification.IsValid;
}
