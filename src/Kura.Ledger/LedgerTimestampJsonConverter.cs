using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// Writes a head's timestamp exactly as it is signed (<see cref="LedgerEntryEncoder.FormatTimestamp"/>:
/// UTC, seven fractional digits, 'Z'), so the published string is the signed string. Reads that form,
/// and the ISO 8601 form heads were published in before, which names the same instant.
/// </summary>
internal sealed class LedgerTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("A ledger timestamp must be a string such as 2026-04-01T09:30:00.0000000Z.");
        if (DateTimeOffset.TryParseExact(reader.GetString(), "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact))
            return exact;
        if (reader.TryGetDateTimeOffset(out var legacy)) return legacy.ToUniversalTime();
        throw new JsonException("A ledger timestamp must be UTC with seven fractional digits, such as 2026-04-01T09:30:00.0000000Z.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LedgerEntryEncoder.FormatTimestamp(value));
}
