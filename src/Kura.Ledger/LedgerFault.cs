using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// The first fault verification found. <see cref="Sequence"/> is the first entry that cannot be
/// trusted; entries before it verified. Serialises with System.Text.Json.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Sequence">First untrusted entry (0-based).</param>
/// <param name="Position">Where in the files, when the fault is inside a segment.</param>
/// <param name="Message">What was found and what it means; never entry payloads.</param>
public sealed record LedgerFault(
    [property: JsonPropertyName("kind"), JsonConverter(typeof(JsonStringEnumConverter<LedgerFaultKind>))] LedgerFaultKind Kind,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("position")] RecordPosition? Position,
    [property: JsonPropertyName("message")] string Message)
{
    public override string ToString() =>
        $"{Kind} at entry {Sequence}" + (Position is { } p ? $" ({p})" : "") + $": {Message}";
}
