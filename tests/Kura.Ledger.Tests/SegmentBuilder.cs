using System.Text.Json;

namespace Kura.Ledger.Tests;

/// <summary>Builds segment bytes in memory from entries and checkpoints, for verifier tests without files.</summary>
internal sealed class SegmentBuilder(LedgerSigningKey key)
{
    private static readonly DateTimeOffset Time = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<byte> _bytes = [.. Header()];
    private readonly MerkleFrontier _frontier = new();

    public List<LedgerHash> Hashes { get; } = [];

    public SegmentBuilder Entry(long? sequence = null, LedgerHash? prev = null)
    {
        var json = LedgerEntryEncoder.Encode(sequence ?? Hashes.Count, Time, "query.released", "tester", "{\"n\":1}"u8,
            prev ?? (Hashes.Count == 0 ? LedgerHash.Zero : Hashes[^1]));
        var body = new byte[json.Length + 1];
        json.CopyTo(body, 1);
        var hash = LedgerHash.Compute(body);
        Hashes.Add(hash);
        _frontier.Append(hash);
        return Record(body);
    }

    public SegmentBuilder Checkpoint(LedgerSigningKey? signer = null) =>
        Record([(byte)LedgerRecordKind.Checkpoint, .. JsonSerializer.SerializeToUtf8Bytes((signer ?? key).Sign(_frontier.Size, _frontier.Root(), Time))]);

    public SignedTreeHead Head() => key.Sign(_frontier.Size, _frontier.Root(), Time);

    public ReadOnlyMemory<byte> Build() => _bytes.ToArray();

    private SegmentBuilder Record(byte[] body)
    {
        var record = new byte[LedgerRecordFraming.HeaderSize + body.Length];
        body.CopyTo(record, LedgerRecordFraming.HeaderSize);
        LedgerRecordFraming.WriteHeader(record);
        _bytes.AddRange(record);
        return this;
    }

    private static byte[] Header()
    {
        var header = new byte[LedgerRecordFraming.SegmentHeaderSize];
        LedgerRecordFraming.WriteSegmentHeader(header, 0);
        return header;
    }
}
