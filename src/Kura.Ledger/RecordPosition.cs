using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>Where a stored record starts: segment number and byte offset within that segment file.</summary>
public readonly record struct RecordPosition(
    [property: JsonPropertyName("segment")] int Segment,
    [property: JsonPropertyName("offset")] long Offset)
{
    public override string ToString() => $"segment {Segment} at byte {Offset}";
}
