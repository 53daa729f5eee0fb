using System.Text.Json;

namespace Kura.Ledger.Tests;

/// <summary>Reads and rewrites a segment file record by record: how a tamperer with file access would edit it.</summary>
internal static class SegmentSurgery
{
    public sealed record Record(int Offset, int Size, byte[] Body)
    {
        public bool IsEntry => Body[0] == (byte)LedgerRecordKind.Entry;
    }

    public static List<Record> Records(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var records = new List<Record>();
        var offset = LedgerRecordFraming.SegmentHeaderSize;
        while (offset < bytes.Length)
        {
            Assert.Equal(FrameStatus.Complete, LedgerRecordFraming.TryRead(bytes.AsSpan(offset), out var body, out var size));
            records.Add(new Record(offset, size, body.ToArray()));
            offset += size;
        }
        return records;
    }

    /// <summary>Offset of the record holding entry <paramref name="sequence"/>.</summary>
    public static Record Entry(string path, long sequence) => Records(path).Where(r => r.IsEntry).ElementAt((int)sequence);

    /// <summary>Writes the segment anew from record bodies, with correct framing and checksums.</summary>
    public static void Write(string path, int segment, IEnumerable<byte[]> bodies)
    {
        using var stream = File.Create(path);
        var header = new byte[LedgerRecordFraming.SegmentHeaderSize];
        LedgerRecordFraming.WriteSegmentHeader(header, segment);
        stream.Write(header);
        foreach (var body in bodies)
        {
            var record = new byte[LedgerRecordFraming.HeaderSize + body.Length];
            body.CopyTo(record, LedgerRecordFraming.HeaderSize);
            LedgerRecordFraming.WriteHeader(record);
            stream.Write(record);
        }
    }

    public static byte[] EntryBody(LedgerEntry entry) => [(byte)LedgerRecordKind.Entry, .. entry.ToCanonicalJson()];

    /// <summary>
    /// A full rewrite from entry <paramref name="from"/>: changes that entry, re-chains every later entry and
    /// re-signs every checkpoint and head.json with <paramref name="signer"/>, the most a tamperer can do.
    /// </summary>
    public static void Forge(TestHome home, long from, Func<LedgerEntry, LedgerEntry> change, LedgerSigningKey signer)
    {
        var frontier = new MerkleFrontier();
        var previous = LedgerHash.Zero;
        var bodies = new List<byte[]>();
        SignedTreeHead? last = null;
        foreach (var record in Records(home.Segment(0)))
        {
            if (!record.IsEntry)
            {
                var original = JsonSerializer.Deserialize<SignedTreeHead>(record.Body.AsSpan(1))!;
                last = signer.Sign(frontier.Size, frontier.Root(), original.Timestamp);
                bodies.Add([(byte)LedgerRecordKind.Checkpoint, .. JsonSerializer.SerializeToUtf8Bytes(last)]);
                continue;
            }
            var entry = LedgerEntry.Parse(record.Body.AsSpan(1));
            if (entry.Sequence == from) entry = change(entry);
            if (entry.Sequence >= from) entry = entry with { PrevHash = previous };
            var body = EntryBody(entry);
            previous = LedgerHash.Compute(body);
            frontier.Append(previous);
            bodies.Add(body);
        }
        Write(home.Segment(0), 0, bodies);
        File.WriteAllText(home.HeadFile, last!.ToJson());
    }
}
