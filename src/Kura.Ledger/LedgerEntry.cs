using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Kura.Core;

namespace Kura.Ledger;

/// <summary>
/// One ledger entry as stored. Its canonical JSON (see <see cref="LedgerEntryEncoder"/>) is what
/// gets hashed: entry hash = SHA-256(0x00 ‖ canonical JSON), the RFC 6962 leaf hash.
/// </summary>
/// <param name="Sequence">0-based position in the ledger.</param>
/// <param name="Timestamp">UTC time the ledger assigned when it wrote the entry.</param>
/// <param name="Type">Dotted entry type, see <see cref="LedgerEntryTypes"/>.</param>
/// <param name="Actor">Who caused the entry (user, steward, <c>system</c>).</param>
/// <param name="Payload">Type-specific details; never row values or query results.</param>
/// <param name="PrevHash">Entry hash of entry <c>Sequence − 1</c>; all zeros for entry 0.</param>
public sealed record LedgerEntry(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("payload")] JsonObject Payload,
    [property: JsonPropertyName("prev_hash")] LedgerHash PrevHash)
{
    /// <summary>The canonical JSON bytes that are stored and hashed.</summary>
    public byte[] ToCanonicalJson() =>
        LedgerEntryEncoder.Encode(Sequence, Timestamp, Type, Actor, CanonicalJson.Serialize(Payload), PrevHash);

    /// <summary>The entry hash: SHA-256(0x00 ‖ canonical JSON).</summary>
    public LedgerHash Hash() => MerkleTree.LeafHash(ToCanonicalJson());

    /// <summary>Parses stored canonical JSON; throws KURA-LEDGER-MALFORMED-ENTRY when a field is missing or mistyped.</summary>
    public static LedgerEntry Parse(ReadOnlySpan<byte> canonicalJson)
    {
        try
        {
            var root = JsonNode.Parse(canonicalJson)!.AsObject();
            return new LedgerEntry(
                root["sequence"]!.GetValue<long>(),
                LedgerEntryEncoder.ParseTimestamp(root["timestamp"]!.GetValue<string>()),
                root["type"]!.GetValue<string>(),
                root["actor"]!.GetValue<string>(),
                root["payload"]!.AsObject(),
                LedgerHash.Parse(root["prev_hash"]!.GetValue<string>()));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            throw KuraException.Internal("KURA-LEDGER-MALFORMED-ENTRY",
                "A stored ledger entry is not well-formed ledger JSON. Run `kura ledger verify` to locate the damage.", e);
        }
    }
}
