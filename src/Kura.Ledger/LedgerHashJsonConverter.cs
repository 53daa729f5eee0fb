using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>Reads and writes a <see cref="LedgerHash"/> as 64 hex digits.</summary>
internal sealed class LedgerHashJsonConverter : JsonConverter<LedgerHash>
{
    public override LedgerHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !LedgerHash.TryParse(reader.GetString(), out var hash))
            throw new JsonException("A ledger hash must be a string of 64 hex digits.");
        return hash;
    }

    public override void Write(Utf8JsonWriter writer, LedgerHash value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToHex());
}
