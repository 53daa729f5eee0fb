using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// What opening the ledger had to repair. A torn final write (a process killed mid-append, or
/// power lost before fsync) leaves an incomplete record that was never acknowledged; it is cut
/// off and its bytes kept in <see cref="QuarantineFile"/>. Only the last batch can be torn: never
/// an entry a signed checkpoint, head.json or the catalog covers. A read-only verification reports
/// the same repair as <see cref="Pending"/> without making it. Serialises with System.Text.Json.
/// </summary>
/// <param name="DiscardedBytes">Bytes cut from the end of the last segment (0 when nothing was cut).</param>
/// <param name="Position">Where the cut was made.</param>
/// <param name="Reason">Why the bytes were not a whole record (e.g. "Incomplete", "BadChecksum").</param>
/// <param name="QuarantineFile">File that now holds the discarded bytes, for inspection.</param>
/// <param name="RemovedFiles">Empty segment files left by an interrupted segment switch and removed.</param>
/// <param name="Pending">True when nothing was changed: the next writable open will make this repair.</param>
public sealed record LedgerRecovery(
    [property: JsonPropertyName("discarded_bytes")] long DiscardedBytes,
    [property: JsonPropertyName("position")] RecordPosition? Position,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("quarantine_file")] string? QuarantineFile,
    [property: JsonPropertyName("removed_files")] IReadOnlyList<string> RemovedFiles,
    [property: JsonPropertyName("pending")] bool Pending = false)
{
    /// <summary>Nothing needed repair.</summary>
    public static LedgerRecovery None { get; } = new(0, null, null, null, []);

    /// <summary>True when anything was discarded or removed.</summary>
    [JsonPropertyName("repaired")]
    public bool Repaired => DiscardedBytes > 0 || RemovedFiles.Count > 0;

    public override string ToString()
    {
        if (!Repaired) return "ledger opened cleanly";
        var parts = new List<string>();
        if (DiscardedBytes > 0)
            parts.Add($"{Verb("discarded", "will discard")} {DiscardedBytes} bytes of an incomplete, never-acknowledged write at {Position} ({Reason})"
                + (QuarantineFile is null ? "" : $", kept in {QuarantineFile}"));
        if (RemovedFiles.Count > 0) parts.Add($"{Verb("removed", "will remove")} empty segment files {string.Join(", ", RemovedFiles)}");
        return (Pending ? "ledger recovery pending, nothing changed yet: the next writable open " : "ledger recovery: ") + string.Join("; ", parts);
    }

    private string Verb(string done, string pending) => Pending ? pending : done;
}
