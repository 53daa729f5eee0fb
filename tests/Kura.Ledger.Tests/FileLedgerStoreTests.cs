using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Storage.Ledger;
using Xunit.Abstractions;

namespace Kura.Ledger.Tests;

public partial class FileLedgerStoreTests : IDisposable
{
    private readonly TestHome _home = new();
    private readonly ITestOutputHelper _output;

    public FileLedgerStoreTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Append_ThenReopen_EntriesReadBackUnchanged()
    {
        var receipts = _home.Fill(50);
        using var store = _home.Open();
        Assert.Equal(LedgerState.Open, store.State);
        Assert.False(store.Recovery.Repaired);
        Assert.Equal(50, store.Count);
        var entries = store.Read(0, 100);
        Assert.Equal(receipts.Select(r => r.EntryHash), entries.Select(e => e.Hash()));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), receipts.Select(r => r.Sequence));
        Assert.Equal("1/10", entries[7].Payload["epsilon"]!.GetValue<string>());
        Assert.Equal(LedgerEntryTypes.BudgetReserved, entries[7].Type);
        Assert.Equal(50, store.ReadAll().Count());
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_SerialisedWithoutLossInFewerFsyncs()
    {
        using var store = _home.Open();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            var mine = new List<LedgerReceipt>();
            for (var i = 0; i < 200; i++)
                mine.Add(await store.AppendAsync(LedgerEntryTypes.QueryReleased, $"writer-{w}", TestHome.Payload(i)));
            return mine;
        })));
        var all = receipts.SelectMany(r => r).OrderBy(r => r.Sequence).ToList();
        Assert.Equal(Enumerable.Range(0, 3200).Select(i => (long)i), all.Select(r => r.Sequence));
        Assert.Equal(all.Select(r => r.EntryHash), store.ReadAll().Select(e => e.Hash()));
        Assert.True(store.Batches < 3200, $"{store.Batches} fsyncs for 3200 concurrent appends: no group commit");
        Assert.True(store.Verify().IsValid);
    }

    [Fact]
    public void Head_AfterAppends_CoversEveryEntryAndVerifiesWithPublicKey()
    {
        using var store = _home.Open();
        for (var i = 0; i < 10; i++) store.Append(LedgerEntryTypes.PolicyChanged, "admin", TestHome.Payload(i));
        var head = store.Head();
        Assert.Equal(10, head.TreeSize);
        Assert.True(head.VerifySignature(store.PublicKey));
        var reference = store.ReadAll().Select(e => ReferenceMerkle.Leaf(e.ToCanonicalJson())).ToArray();
        Assert.Equal(ReferenceMerkle.Mth(reference), head.RootHash.ToArray());
        Assert.Same(head, store.Head());
    }

    [Fact]
    public void InclusionProof_EveryEntry_VerifiesAgainstHeadAndMatchesReferencePath()
    {
        using var store = _home.Open();
        for (var i = 0; i < 37; i++) store.Append(LedgerEntryTypes.QueryReleased, "analyst", TestHome.Payload(i));
        var head = store.Head();
        var reference = store.ReadAll().Select(e => ReferenceMerkle.Leaf(e.ToCanonicalJson())).ToArray();
        for (var i = 0; i < 37; i++)
        {
            var proof = store.InclusionProof(i);
            Assert.True(proof.Verify(head));
            Assert.Equal(reference[i], proof.EntryHash.ToArray());
            Assert.Equal(ReferenceMerkle.Path(i, reference), proof.AuditPath.Select(h => h.ToArray()));
        }
        Assert.Equal("KURA-LEDGER-NO-SUCH-ENTRY", Assert.Throws<KuraException>(() => store.InclusionProof(37)).Code);
    }

    [Fact]
    public void ConsistencyProof_EarlierHeadToLaterHead_VerifiesAndMatchesReference()
    {
        using var store = _home.Open();
        for (var i = 0; i < 20; i++) store.Append(LedgerEntryTypes.QueryReleased, "analyst", TestHome.Payload(i));
        var earlier = store.Head();
        for (var i = 0; i < 17; i++) store.Append(LedgerEntryTypes.ExtractReleased, "analyst", TestHome.Payload(i));
        var later = store.Head();
        var proof = store.ConsistencyProof(earlier.TreeSize, later.TreeSize);
        Assert.True(proof.Verify(earlier, later));
        var reference = store.ReadAll().Select(e => ReferenceMerkle.Leaf(e.ToCanonicalJson())).ToArray();
        Assert.Equal(ReferenceMerkle.Proof(20, reference), proof.Path.Select(h => h.ToArray()));
        Assert.False(proof.Verify(later, later));
    }

    [Fact]
    public void Open_SmallSegments_RollsOverAndReadsAcrossSegments()
    {
        var options = new LedgerStoreOptions { SegmentBytes = 64 * 1024 };
        var receipts = _home.Fill(600, options);
        Assert.True(File.Exists(_home.Segment(1)));
        using var store = _home.Open(options);
        Assert.True(store.Verify().IsValid);
        Assert.Equal(receipts.Select(r => r.EntryHash), store.ReadAll().Select(e => e.Hash()));
    }

    [Fact]
    public void Append_BadTypeOrOversizedPayload_RefusedAndNothingWritten()
    {
        using var store = _home.Open(new LedgerStoreOptions { MaxPayloadBytes = 1000 });
        Assert.Equal("KURA-LEDGER-BAD-TYPE",
            Assert.Throws<KuraException>(() => store.Append("Query Released", "a", new JsonObject())).Code);
        Assert.Equal("KURA-LEDGER-PAYLOAD-TOO-LARGE",
            Assert.Throws<KuraException>(() => store.Append("query.released", "a", new JsonObject { ["x"] = new string('x', 2000) })).Code);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Open_NewHome_CreatesSigningKeyReadableByOwnerOnly()
    {
        using var store = _home.Open();
        Assert.True(File.Exists(_home.KeyFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_home.KeyFile));
        Assert.Equal(32, store.PublicKey.Length);
    }

    [Fact]
    public void Open_KeyReadableByOthers_RefusesWithAdvice()
    {
        if (OperatingSystem.IsWindows()) return;
        _home.Fill(1);
        File.SetUnixFileMode(_home.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var error = Assert.Throws<KuraException>(() => _home.Open());
        Assert.Equal("KURA-LEDGER-KEY-EXPOSED", error.Code);
        Assert.Contains("chmod 600", error.Message);
    }

    [Fact]
    public void Open_KeyMissingForExistingLedger_RefusesToMakeANewOne()
    {
        _home.Fill(3);
        File.Delete(_home.KeyFile);
        Assert.Equal("KURA-LEDGER-KEY-MISSING", Assert.Throws<KuraException>(() => _home.Open()).Code);
        Assert.False(File.Exists(_home.KeyFile));
    }

    [Fact]
    public async Task Verify_WhileWritersAppend_NeverReportsAFaultThatIsNotThere()
    {
        using var store = _home.Open(new LedgerStoreOptions { CheckpointEveryEntries = 8, SegmentBytes = 64 * 1024 });
        var writing = Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++) await store.AppendAsync(LedgerEntryTypes.QueryReleased, "analyst", TestHome.Payload(i));
        })));
        while (!writing.IsCompleted)
        {
            var result = store.Verify();
            Assert.True(result.IsValid, result.Fault?.ToString());
        }
        await writing;
        Assert.Equal(LedgerState.Open, store.State);
        Assert.Equal(2400, store.Verify().EntryCount);
    }

    [Fact]
    public void Head_EmptyLedger_SignsTheEmptyTree()
    {
        using var store = _home.Open();
        var head = store.Head();
        Assert.Equal(0, head.TreeSize);
        Assert.Equal(MerkleTree.EmptyRoot, head.RootHash);
        Assert.True(head.VerifySignature(store.PublicKey));
    }
}
