using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// What opening the ledger had to repair. A torn final write (a process killed mid-append, or
/// power lost before fsync) leaves an incomplete record that was never acknowledged; it is cut
/// off and its bytes kept in <see cref="QuarantineFile"/>. Serialises with System.Text.Json.
/// </summary>
/// <param name="DiscardedBytes">Bytes cut from the end of the last segment (0 when nothing was cut).</param>
/// <param name="Position">Where the cut was made.</param>
/// <param name="Reason">Why the bytes were not a whole record (e.g. "Incomplete", "BadChecksum").</param>
/// <param name="QuarantineFile">File that now holds the discarded bytes, for inspection.</param>
/// <param name="RemovedFiles">Empty segment files left by an interrupted segment switch and removed.</param>
public sealed record LedgerRecovery(
    [property: JsonPropertyName("discarded_bytes")] long DiscardedBytes,
    [property: JsonPropertyName("position")] RecordPosition? Position,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("quarantine_file")] string? QuarantineFile,
    [property: JsonPropertyName("removed_files")] IReadOnlyList<string> RemovedFiles)
{
    /// <summary>Nothing needed repair.</summary>
    public static LedgerRecovery None { get; } = new(0, null, null, null, []);

    /// <summary>True when anything was discarded or removed.</summary>
    [JsonPropertyName("repaired")]
    public bool Repaired => DiscardedBytes > 0 || RemovedFiles.Count > 0;

    public override string ToString() => !Repaired ? "ledger opened cleanly"
        : $"ledger recovery: discarded {DiscardedBytes} bytes of an incomplete, never-acknowledged write at {Position} ({Reason})"
          + (QuarantineFile is null ? "" : $", kept in {QuarantineFile}")
          + (RemovedFiles.Count == 0 ? "" : $"; removed empty segment files {string.Join(", ", RemovedFiles)}");
}
