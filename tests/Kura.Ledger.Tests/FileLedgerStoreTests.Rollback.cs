using System.Text.Json;
using System.Text.Json.Nodes;
using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

/// <summary>Replacing the ledger with an older state of itself, caught by the head the catalog keeps.</summary>
public partial class FileLedgerStoreTests
{
    /// <summary>Cuts the ledger just after its checkpoint for <paramref name="size"/> entries and makes that checkpoint head.json.</summary>
    private SignedTreeHead RollBackTo(long size)
    {
        var checkpoint = SegmentSurgery.Records(_home.Segment(0)).Where(r => !r.IsEntry)
            .Select(r => (Record: r, Head: JsonSerializer.Deserialize<SignedTreeHead>(r.Body.AsSpan(1))!))
            .Single(c => c.Head.TreeSize == size);
        using (var stream = new FileStream(_home.Segment(0), FileMode.Open)) stream.SetLength(checkpoint.Record.Offset + checkpoint.Record.Size);
        File.WriteAllText(_home.HeadFile, checkpoint.Head.ToJson());
        return checkpoint.Head;
    }

    [Fact]
    public void Open_RolledBackToAnEarlierCheckpointWithItsHeadFile_RolledBack()
    {
        _home.Fill(60, Checkpointed, anchored: true);
        RollBackTo(32);
        // Without the catalog's record the shortened ledger is consistent in itself.
        Assert.True(LedgerAudit.VerifyDirectory(_home.LedgerDir, PublicKey()).IsValid);

        using var store = _home.Open(Checkpointed, anchored: true);
        Assert.Equal(LedgerState.Sealed, store.State);
        Assert.Equal(LedgerFaultKind.RolledBack, store.SealedBy!.Kind);
        Assert.Equal(32, store.SealedBy.Sequence);
        Assert.Contains("the ledger was rolled back", store.SealedBy.Message);
        Assert.Contains("60 entries", store.SealedBy.Message);
        Assert.Equal(LedgerFaultKind.RolledBack, store.Verify().Fault!.Kind);
    }

    [Fact]
    public void Open_RewrittenWithStolenKeyAtTheSameSize_RolledBackByRootMismatch()
    {
        _home.Fill(60, Checkpointed, anchored: true);
        var privateKey = Convert.FromBase64String(JsonNode.Parse(File.ReadAllText(_home.KeyFile))!["private_key"]!.GetValue<string>());
        using (var stolen = LedgerSigningKey.Import(privateKey))
            SegmentSurgery.Forge(_home, 30, e => e with { Actor = "nobody" }, stolen);

        using var store = _home.Open(Checkpointed, anchored: true);
        Assert.Equal(LedgerFaultKind.RolledBack, store.SealedBy!.Kind);
        Assert.Contains("rolled back or rewritten: at 60 entries", store.SealedBy.Message);
    }

    [Fact]
    public void Close_AnchoredStore_CatalogRecordsTheLatestSignedHead()
    {
        _home.Fill(40, Checkpointed, anchored: true);
        var head = SignedTreeHead.Parse(File.ReadAllText(_home.HeadFile));
        Assert.Equal(new LedgerAnchor(40, head.RootHash), _home.Anchor.Read());
        Assert.Equal(40, head.TreeSize);
    }

    [Fact]
    public void Open_CatalogBehindTheLedger_CatchesUpAndStaysOpen()
    {
        _home.Fill(20, Checkpointed);
        Assert.Null(_home.Anchor.Read());
        using (var store = _home.Open(Checkpointed, anchored: true)) Assert.Equal(LedgerState.Open, store.State);
        Assert.Equal(20, _home.Anchor.Read()!.TreeSize);
    }

    private byte[] PublicKey() =>
        Convert.FromBase64String(JsonNode.Parse(File.ReadAllText(_home.KeyFile))!["public_key"]!.GetValue<string>());
}
