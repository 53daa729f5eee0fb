using System.Text.Json;

namespace Kura.Ledger;

public sealed partial class LedgerVerifier
{
    private bool AcceptEntry(ReadOnlySpan<byte> body, RecordPosition position, out LedgerHash entryHash)
    {
        // The body is 0x00 ‖ canonical JSON, so hashing it whole gives the RFC 6962 leaf hash.
        entryHash = LedgerHash.Compute(body);
        var expected = EntryCount;
        if (!TryReadLinks(body[1..], out var sequence, out var prevHash))
            return Report(LedgerFaultKind.MalformedEntry, expected, position,
                $"entry {expected} lacks one of actor, payload, prev_hash, sequence, timestamp, type, or is not JSON");
        if (sequence != expected)
            return Report(LedgerFaultKind.SequenceMismatch, expected, position,
                $"position {expected} holds an entry numbered {sequence}: entries were removed, inserted or reordered");
        if (prevHash != LastEntryHash)
            return Report(LedgerFaultKind.ChainBroken, Math.Max(0, expected - 1), position, expected == 0
                ? "entry 0 does not start the chain (its prev_hash is not zero)"
                : $"entry {expected - 1} does not hash to the prev_hash recorded in entry {expected}: one of them was modified");
        _frontier.Append(entryHash);
        LastEntryHash = entryHash;
        return CheckTrustedHeadsAtCurrentSize();
    }

    /// <summary>Reads the top-level sequence and prev_hash without allocating; checks each of the six fields occurs once.</summary>
    private static bool TryReadLinks(ReadOnlySpan<byte> json, out long sequence, out LedgerHash prevHash)
    {
        sequence = -1;
        prevHash = default;
        var seen = 0;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldBit(reader.ValueSpan);
                if (field == 0 || (seen & field) != 0 || !reader.Read()) return false;
                seen |= field;
                if (field == SequenceBit && (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out sequence))) return false;
                if (field == PrevHashBit && (reader.TokenType != JsonTokenType.String || !LedgerHash.TryParse(reader.ValueSpan, out prevHash))) return false;
                reader.Skip();
            }
            return seen == AllFields && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private const int SequenceBit = 1, PrevHashBit = 2, AllFields = 63;

    private static int FieldBit(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("sequence"u8) ? SequenceBit
        : name.SequenceEqual("prev_hash"u8) ? PrevHashBit
        : name.SequenceEqual("actor"u8) ? 4
        : name.SequenceEqual("payload"u8) ? 8
        : name.SequenceEqual("timestamp"u8) ? 16
        : name.SequenceEqual("type"u8) ? 32
        : 0;
}
