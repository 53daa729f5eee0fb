using System.Text.Json;
using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

/// <summary>Damage at the end of the ledger that must not pass for a torn final write.</summary>
public partial class FileLedgerStoreTests
{
    /// <summary>Flips a byte inside the record <paramref name="fromEnd"/> records before the end (1 = the last record).</summary>
    private SegmentSurgery.Record DamageRecordFromEnd(int fromEnd)
    {
        var record = SegmentSurgery.Records(_home.Segment(0))[^fromEnd];
        FlipByte(_home.Segment(0), record.Offset + record.Size - 3);
        return record;
    }

    private void AssertSealedWithoutCutting(LedgerFaultKind kind, string because)
    {
        var length = new FileInfo(_home.Segment(0)).Length;
        using var store = _home.Open(Checkpointed);
        Assert.Equal(LedgerState.Sealed, store.State);
        Assert.True(store.SealedBy!.Kind == kind, store.SealedBy.ToString());
        Assert.Contains(because, store.SealedBy.Message);
        Assert.False(store.Recovery.Repaired);
        Assert.Equal(length, new FileInfo(_home.Segment(0)).Length);
        Assert.False(Directory.Exists(Path.Combine(_home.LedgerDir, "discarded")));
    }

    [Fact]
    public void Open_HeadFileDeletedAndRecordSixFromEndDamaged_SealsWithoutCutting()
    {
        _home.Fill(60, Checkpointed);
        File.Delete(_home.HeadFile);
        DamageRecordFromEnd(6);
        AssertSealedWithoutCutting(LedgerFaultKind.DamagedRecord, "head.json is missing");
    }

    [Fact]
    public void Open_HeadFileDeleted_HeadMissingFaultNamesTheFile()
    {
        _home.Fill(20, Checkpointed);
        File.Delete(_home.HeadFile);
        AssertSealedWithoutCutting(LedgerFaultKind.HeadMissing, "head.json is missing while segment files exist");
    }

    [Fact]
    public void Open_DamageInEntriesTheHeadFileCovers_SealsWithoutCutting()
    {
        _home.Fill(60, Checkpointed);
        DamageRecordFromEnd(3);
        AssertSealedWithoutCutting(LedgerFaultKind.DamagedRecord, "vouches for 60 entries");
    }

    [Fact]
    public void Open_DamageBeforeASignedCheckpointAndHeadFileSwappedForAnOlderOne_SealsWithoutCutting()
    {
        _home.Fill(60, Checkpointed);
        var checkpoints = SegmentSurgery.Records(_home.Segment(0)).Where(r => !r.IsEntry).ToList();
        var older = JsonSerializer.Deserialize<SignedTreeHead>(checkpoints[^2].Body.AsSpan(1))!;
        File.WriteAllText(_home.HeadFile, older.ToJson());
        DamageRecordFromEnd(3);
        AssertSealedWithoutCutting(LedgerFaultKind.DamagedRecord, "a valid signed checkpoint follows the damage");
    }

    [Fact]
    public void Append_FirstEntryOfANewLedger_HeadFileExistsBeforeAnySegment()
    {
        var lazy = new LedgerStoreOptions { CheckpointInterval = TimeSpan.FromHours(1), CheckpointEveryEntries = 1000 };
        var crashCopy = Path.Combine(_home.Root, "at-crash");
        using (var store = _home.Open(lazy))
        {
            store.Append(LedgerEntryTypes.QueryReleased, "analyst", TestHome.Payload(0));
            // The state a crash right now would leave: one acknowledged, unsigned entry.
            Directory.CreateDirectory(crashCopy);
            foreach (var file in Directory.GetFiles(_home.LedgerDir).Where(f => !f.EndsWith("writer.lock", StringComparison.Ordinal)))
                File.Copy(file, Path.Combine(crashCopy, Path.GetFileName(file)));
        }
        Assert.Equal(0, SignedTreeHead.Parse(File.ReadAllText(Path.Combine(crashCopy, "head.json"))).TreeSize);
        _home.CopyLedger(crashCopy, _home.LedgerDir);
        using var reopened = _home.Open(lazy);
        Assert.Equal(LedgerState.Open, reopened.State);
        Assert.Equal(1, reopened.Count);
    }
}
