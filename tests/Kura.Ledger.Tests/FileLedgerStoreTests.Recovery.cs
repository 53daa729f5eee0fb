using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

public partial class FileLedgerStoreTests
{
    private static void AppendBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.Append);
        stream.Write(bytes);
    }

    /// <summary>A whole framed entry record as the writer would have produced it next.</summary>
    private byte[] NextEntryRecord()
    {
        var record = SegmentSurgery.Records(_home.Segment(0)).Last(r => r.IsEntry);
        var entry = LedgerEntry.Parse(record.Body.AsSpan(1));
        var next = entry with { Sequence = entry.Sequence + 1, PrevHash = LedgerHash.Compute(record.Body) };
        var body = SegmentSurgery.EntryBody(next);
        var framed = new byte[LedgerRecordFraming.HeaderSize + body.Length];
        body.CopyTo(framed, LedgerRecordFraming.HeaderSize);
        LedgerRecordFraming.WriteHeader(framed);
        return framed;
    }

    [Fact]
    public void Open_TornFinalWrite_DiscardsOnlyTheIncompleteRecordAndSaysSo()
    {
        var receipts = _home.Fill(25);
        var torn = NextEntryRecord()[..50];
        AppendBytes(_home.Segment(0), torn);

        using var store = _home.Open();
        Assert.Equal(LedgerState.Open, store.State);
        Assert.Equal(torn.Length, store.Recovery.DiscardedBytes);
        Assert.Equal("Incomplete", store.Recovery.Reason);
        Assert.Equal(torn, File.ReadAllBytes(store.Recovery.QuarantineFile!));
        Assert.Contains("discarded 50 bytes", store.Recovery.ToString());
        Assert.Equal(receipts.Select(r => r.EntryHash), store.ReadAll().Select(e => e.Hash()));
        store.Append(LedgerEntryTypes.QueryReleased, "analyst", TestHome.Payload(0));
        Assert.True(store.Verify().IsValid);
    }

    [Fact]
    public void Open_TornRecordWithBadChecksum_Discarded()
    {
        _home.Fill(5);
        var record = NextEntryRecord();
        record[^10] ^= 0xFF; // whole length present, contents not all written
        AppendBytes(_home.Segment(0), record);
        using var store = _home.Open();
        Assert.Equal("BadChecksum", store.Recovery.Reason);
        Assert.Equal(record.Length, store.Recovery.DiscardedBytes);
        Assert.Equal(5, store.Count);
        Assert.Equal(LedgerState.Open, store.State);
    }

    [Fact]
    public void Open_CompleteButUnsignedEntriesBeforeTornTail_KeptAndVerified()
    {
        _home.Fill(5);
        var extra = NextEntryRecord();
        AppendBytes(_home.Segment(0), extra);
        AppendBytes(_home.Segment(0), new byte[] { 0x10, 0x00 });
        using var store = _home.Open();
        Assert.Equal(6, store.Count);
        Assert.Equal(2, store.Recovery.DiscardedBytes);
        Assert.True(store.Verify().IsValid);
    }

    [Fact]
    public void Open_DamagedTailLargerThanOneBatch_SealsInsteadOfCutting()
    {
        var options = new LedgerStoreOptions { MaxBatchBytes = 64 * 1024, MaxPayloadBytes = 1024 };
        _home.Fill(5, options);
        var garbage = new byte[200 * 1024];
        garbage.AsSpan().Fill(0x5A);
        AppendBytes(_home.Segment(0), garbage);
        var length = new FileInfo(_home.Segment(0)).Length;
        using var store = _home.Open(options);
        Assert.Equal(LedgerState.Sealed, store.State);
        Assert.Equal(LedgerFaultKind.DamagedRecord, store.SealedBy!.Kind);
        Assert.Equal(length, new FileInfo(_home.Segment(0)).Length);
        Assert.False(store.Recovery.Repaired);
    }

    [Fact]
    public void Open_SegmentSwitchInterruptedBeforeHeader_RemovesEmptyFile()
    {
        var options = new LedgerStoreOptions { SegmentBytes = 64 * 1024 };
        var receipts = _home.Fill(10, options);
        File.WriteAllBytes(_home.Segment(1), "KURA"u8.ToArray());
        using var store = _home.Open(options);
        Assert.Equal(["segment-000001.log"], store.Recovery.RemovedFiles);
        Assert.Equal(LedgerState.Open, store.State);
        Assert.Equal(receipts.Select(r => r.EntryHash), store.ReadAll().Select(e => e.Hash()));
    }
}
