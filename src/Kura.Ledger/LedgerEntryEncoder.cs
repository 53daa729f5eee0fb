using System.Buffers;
using System.Globalization;
using Kura.Core;

namespace Kura.Ledger;

/// <summary>
/// Writes an entry's canonical JSON from a payload that is already canonical, so the single
/// writer that assigns sequence, time and prev_hash does no payload work. Keys are emitted in
/// sorted order: actor, payload, prev_hash, sequence, timestamp, type. Thread-safe.
/// </summary>
public static class LedgerEntryEncoder
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Canonical JSON of one entry.</summary>
    public static byte[] Encode(long sequence, DateTimeOffset timestamp, string type, string actor,
        ReadOnlySpan<byte> canonicalPayload, LedgerHash prevHash)
    {
        var buffer = new ArrayBufferWriter<byte>(canonicalPayload.Length + 256);
        Write(buffer, sequence, timestamp, type, actor, canonicalPayload, prevHash);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the canonical JSON of one entry to <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, long sequence, DateTimeOffset timestamp, string type,
        string actor, ReadOnlySpan<byte> canonicalPayload, LedgerHash prevHash)
    {
        CheckFields(sequence, type, actor, canonicalPayload);
        CanonicalJson.WriteAscii(output, "{\"actor\":");
        CanonicalJson.WriteString(output, actor);
        CanonicalJson.WriteAscii(output, ",\"payload\":");
        output.Write(canonicalPayload);
        CanonicalJson.WriteAscii(output, ",\"prev_hash\":\"" + prevHash.ToHex() + "\",\"sequence\":");
        CanonicalJson.WriteAscii(output, sequence.ToString(CultureInfo.InvariantCulture));
        CanonicalJson.WriteAscii(output, ",\"timestamp\":\"" + FormatTimestamp(timestamp) + "\",\"type\":");
        CanonicalJson.WriteString(output, type);
        CanonicalJson.WriteAscii(output, "}");
    }

    /// <summary>UTC, 100 ns precision, e.g. <c>2026-04-01T09:30:00.0000000Z</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a timestamp written by <see cref="FormatTimestamp"/>.</summary>
    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void CheckFields(long sequence, string type, string actor, ReadOnlySpan<byte> payload)
    {
        if (sequence is < 0 or > CanonicalJson.MaxSafeInteger)
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A sequence number lies in [0, 2^53−1].");
        if (!LedgerEntryTypes.IsWellFormed(type))
            throw KuraException.BadInput("KURA-LEDGER-BAD-TYPE",
                $"Ledger entry type '{type}' is not lowercase dotted (for example 'query.released'); use a LedgerEntryTypes constant.");
        if (string.IsNullOrWhiteSpace(actor) || actor.Length > 256)
            throw KuraException.BadInput("KURA-LEDGER-BAD-ACTOR", "A ledger entry needs an actor of 1 to 256 characters.");
        if (payload.Length < 2 || payload[0] != (byte)'{')
            throw KuraException.BadInput("KURA-LEDGER-BAD-PAYLOAD", "A ledger payload must be a canonical JSON object.");
    }
}
