namespace Kura.Storage.Ledger;

/// <summary>Tuning for <see cref="FileLedgerStore"/>. Defaults suit both the CLI and a busy server.</summary>
public sealed record LedgerStoreOptions
{
    /// <summary>A new segment file is started once the current one reaches this size. Default 64 MiB; range 64 KiB–1 GiB.</summary>
    public long SegmentBytes { get; init; } = 64L << 20;

    /// <summary>Most entries written by one write+fsync. Default 4096.</summary>
    public int MaxBatchEntries { get; init; } = 4096;

    /// <summary>Most bytes written by one write+fsync; also bounds what recovery may cut as a torn write. Default 4 MiB.</summary>
    public int MaxBatchBytes { get; init; } = 4 << 20;

    /// <summary>Largest canonical payload accepted. Default 1 MiB; at most a quarter of <see cref="MaxBatchBytes"/>.</summary>
    public int MaxPayloadBytes { get; init; } = 1 << 20;

    /// <summary>A signed checkpoint is written after at most this many unsigned entries. Default 1024.</summary>
    public int CheckpointEveryEntries { get; init; } = 1024;

    /// <summary>A signed checkpoint is written with the first batch after this much time. Default 1 s.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        if (SegmentBytes is < 64 << 10 or > 1L << 30)
            throw new ArgumentOutOfRangeException(nameof(SegmentBytes), SegmentBytes, "Segment size lies in 64 KiB–1 GiB.");
        if (MaxBatchEntries < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxBatchEntries), MaxBatchEntries, "A batch holds at least one entry.");
        if (MaxBatchBytes is < 64 << 10 or > 64 << 20)
            throw new ArgumentOutOfRangeException(nameof(MaxBatchBytes), MaxBatchBytes, "Batch size lies in 64 KiB–64 MiB.");
        if (MaxPayloadBytes < 2 || MaxPayloadBytes > MaxBatchBytes / 4)
            throw new ArgumentOutOfRangeException(nameof(MaxPayloadBytes), MaxPayloadBytes, "Payload limit lies in 2 bytes–MaxBatchBytes/4.");
        if (CheckpointEveryEntries < 1)
            throw new ArgumentOutOfRangeException(nameof(CheckpointEveryEntries), CheckpointEveryEntries, "Checkpoint at least every entry.");
        if (CheckpointInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(CheckpointInterval), CheckpointInterval, "Checkpoint interval is positive.");
    }

    /// <summary>How long opening waits for another process holding the ledger's writer lock (default 60 s).</summary>
    public TimeSpan WriterLockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest tail recovery may treat as one torn batch: a batch plus one checkpoint record.</summary>
    internal long MaxTornBytes => MaxBatchBytes + 64 * 1024;
}
