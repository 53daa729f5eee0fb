using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

public partial class FileLedgerStoreTests
{
    private static readonly LedgerStoreOptions Checkpointed = new() { CheckpointEveryEntries = 16 };

    /// <summary>Reopens after tampering and checks the fault both at open and on an explicit verify, and that appends are refused.</summary>
    private LedgerFault AssertSealed(LedgerFaultKind kind, long? sequence = null, IEnumerable<SignedTreeHead>? published = null)
    {
        using var store = _home.Open(Checkpointed);
        var fault = published is null ? store.SealedBy : store.Verify(published).Fault;
        Assert.NotNull(fault);
        Assert.Equal(LedgerState.Sealed, store.State);
        Assert.True(kind == fault.Kind, fault.ToString());
        if (sequence is { } expected) Assert.True(expected == fault.Sequence, fault.ToString());
        var again = store.Verify(published);
        Assert.False(again.IsValid);
        Assert.Equal(kind, again.Fault!.Kind);
        var refused = Assert.Throws<KuraException>(() => store.Append(LedgerEntryTypes.QueryReleased, "analyst", new JsonObject()));
        Assert.Equal("KURA-LEDGER-SEALED", refused.Code);
        Assert.Equal(KuraErrorKind.RefusedByPrivacy, refused.Kind);
        return fault;
    }

    private static void FlipByte(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = offset;
        var b = stream.ReadByte();
        stream.Position = offset;
        stream.WriteByte((byte)(b ^ 0x01));
    }

    [Fact]
    public void Verify_ByteFlippedInMiddleEntry_DamagedRecordAtThatEntry()
    {
        _home.Fill(60, Checkpointed);
        var record = SegmentSurgery.Entry(_home.Segment(0), 30);
        FlipByte(_home.Segment(0), record.Offset + record.Size - 3);
        AssertSealed(LedgerFaultKind.DamagedRecord, 30);
    }

    [Fact]
    public void Verify_ByteFlippedInLastEntry_DamagedRecordNotMistakenForTornWrite()
    {
        _home.Fill(60, Checkpointed);
        var record = SegmentSurgery.Entry(_home.Segment(0), 59);
        var length = new FileInfo(_home.Segment(0)).Length;
        FlipByte(_home.Segment(0), record.Offset + 20);
        AssertSealed(LedgerFaultKind.DamagedRecord, 59);
        Assert.Equal(length, new FileInfo(_home.Segment(0)).Length);
    }

    [Fact]
    public void Verify_EntryEditedWithValidChecksum_ChainBrokenAtThatEntry()
    {
        _home.Fill(60, Checkpointed);
        var records = SegmentSurgery.Records(_home.Segment(0));
        var entries = records.Where(r => r.IsEntry).ToList();
        var edited = LedgerEntry.Parse(entries[30].Body.AsSpan(1)) with { Actor = "someone-else" };
        var bodies = records.Select(r => r == entries[30] ? SegmentSurgery.EntryBody(edited) : r.Body);
        SegmentSurgery.Write(_home.Segment(0), 0, bodies);
        AssertSealed(LedgerFaultKind.ChainBroken, 30);
    }

    [Fact]
    public void Verify_LastEntryEditedWithValidChecksum_SignedCheckpointMismatch()
    {
        _home.Fill(60, Checkpointed);
        var records = SegmentSurgery.Records(_home.Segment(0));
        var last = records.Last(r => r.IsEntry);
        var edited = LedgerEntry.Parse(last.Body.AsSpan(1)) with { Payload = new JsonObject { ["epsilon"] = "0" } };
        SegmentSurgery.Write(_home.Segment(0), 0, records.Select(r => r == last ? SegmentSurgery.EntryBody(edited) : r.Body));
        var fault = AssertSealed(LedgerFaultKind.CheckpointMismatch);
        Assert.InRange(fault.Sequence, 48, 59);
    }

    [Fact]
    public void Verify_EntryDropped_SequenceMismatchAtGap()
    {
        _home.Fill(60, Checkpointed);
        var records = SegmentSurgery.Records(_home.Segment(0));
        var dropped = records.Where(r => r.IsEntry).ElementAt(30);
        SegmentSurgery.Write(_home.Segment(0), 0, records.Where(r => r != dropped).Select(r => r.Body));
        AssertSealed(LedgerFaultKind.SequenceMismatch, 30);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_SequenceMismatchAtFirst()
    {
        _home.Fill(60, Checkpointed);
        var records = SegmentSurgery.Records(_home.Segment(0));
        var a = records.IndexOf(records.Where(r => r.IsEntry).ElementAt(30));
        var b = records.IndexOf(records.Where(r => r.IsEntry).ElementAt(31));
        (records[a], records[b]) = (records[b], records[a]);
        SegmentSurgery.Write(_home.Segment(0), 0, records.Select(r => r.Body));
        AssertSealed(LedgerFaultKind.SequenceMismatch, 30);
    }

    [Fact]
    public void Verify_TruncatedAtRecordBoundary_TruncatedAgainstHeadFile()
    {
        _home.Fill(60, Checkpointed);
        var cut = SegmentSurgery.Entry(_home.Segment(0), 40).Offset;
        using (var stream = new FileStream(_home.Segment(0), FileMode.Open)) stream.SetLength(cut);
        AssertSealed(LedgerFaultKind.Truncated, 40);
    }

    [Fact]
    public void Verify_TruncatedAndHeadFileRemoved_TruncatedAgainstPublishedHead()
    {
        _home.Fill(60, Checkpointed);
        SignedTreeHead published;
        using (var store = _home.Open(Checkpointed)) published = store.Head();
        var cut = SegmentSurgery.Entry(_home.Segment(0), 40).Offset;
        using (var stream = new FileStream(_home.Segment(0), FileMode.Open)) stream.SetLength(cut);
        File.Delete(_home.HeadFile);
        AssertSealed(LedgerFaultKind.Truncated, 40, [published]);
    }

    [Fact]
    public void Verify_RewrittenAndResignedWithAnotherKey_BadSignature()
    {
        _home.Fill(60, Checkpointed);
        using var attacker = LedgerSigningKey.Generate();
        SegmentSurgery.Forge(_home, 30, e => e with { Actor = "nobody" }, attacker);
        var fault = AssertSealed(LedgerFaultKind.BadSignature);
        Assert.InRange(fault.Sequence, 0, 30);
        Assert.Contains(attacker.KeyId, fault.Message);
    }

    [Fact]
    public void Verify_RewrittenWithStolenKey_CaughtOnlyByPublishedHeadAndConsistencyProof()
    {
        _home.Fill(60, Checkpointed);
        SignedTreeHead published;
        using (var store = _home.Open(Checkpointed)) published = store.Head();
        var privateKey = Convert.FromBase64String(JsonNode.Parse(File.ReadAllText(_home.KeyFile))!["private_key"]!.GetValue<string>());
        using (var stolen = LedgerSigningKey.Import(privateKey))
            SegmentSurgery.Forge(_home, 30, e => e with { Actor = "nobody" }, stolen);
        using (var store = _home.Open(Checkpointed))
        {
            // With the key on the same machine, a full rewrite verifies locally; the published head is what exposes it.
            Assert.Equal(LedgerState.Open, store.State);
            var rewritten = store.Head();
            var proof = store.ConsistencyProof(published.TreeSize, rewritten.TreeSize);
            Assert.False(proof.Verify(published, rewritten));
        }
        AssertSealed(LedgerFaultKind.CheckpointMismatch, 0, [published]);
    }

    [Fact]
    public void Verify_HeadFileSignatureForged_BadSignature()
    {
        _home.Fill(20, Checkpointed);
        var head = SignedTreeHead.Parse(File.ReadAllText(_home.HeadFile));
        using var other = LedgerSigningKey.Generate();
        var forged = head with { Signature = other.Sign(head.TreeSize, head.RootHash, head.Timestamp).Signature };
        File.WriteAllText(_home.HeadFile, forged.ToJson());
        AssertSealed(LedgerFaultKind.BadSignature);
    }
}
