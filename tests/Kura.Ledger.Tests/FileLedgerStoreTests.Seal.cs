using System.Text.Json.Nodes;
using Kura.Core;

namespace Kura.Ledger.Tests;

public partial class FileLedgerStoreTests
{
    private string Backup => Path.Combine(_home.Root, "backup");

    private void DamageEntry(long sequence)
    {
        var record = SegmentSurgery.Entry(_home.Segment(0), sequence);
        FlipByte(_home.Segment(0), record.Offset + record.Size - 3);
    }

    [Fact]
    public void AcknowledgeFault_LedgerStillDamaged_RefusedAndStaysSealed()
    {
        _home.Fill(30, Checkpointed);
        DamageEntry(10);
        using var store = _home.Open(Checkpointed);
        var error = Assert.Throws<KuraException>(() => store.AcknowledgeFault("admin", "looked at it"));
        Assert.Equal("KURA-LEDGER-STILL-INVALID", error.Code);
        Assert.Equal(LedgerState.Sealed, store.State);
    }

    [Fact]
    public void AcknowledgeFault_AfterRestoringBackup_UnsealsAndRecordsTheAcknowledgement()
    {
        _home.Fill(30, Checkpointed);
        _home.CopyLedger(_home.LedgerDir, Backup);
        DamageEntry(10);
        using var store = _home.Open(Checkpointed);
        Assert.Equal(LedgerState.Sealed, store.State);
        _home.CopyLedger(Backup, _home.LedgerDir);

        var receipt = store.AcknowledgeFault("admin", "restored from the nightly backup");

        Assert.Equal(LedgerState.Open, store.State);
        Assert.Equal(30, receipt.Sequence);
        var entry = store.Read(30, 1).Single();
        Assert.Equal(LedgerEntryTypes.LedgerFaultAcknowledged, entry.Type);
        Assert.Equal("admin", entry.Actor);
        Assert.Equal("DamagedRecord", entry.Payload["fault_kind"]!.GetValue<string>());
        Assert.Equal(10, entry.Payload["fault_sequence"]!.GetValue<long>());
        store.Append(LedgerEntryTypes.QueryReleased, "analyst", new JsonObject());
        Assert.True(store.Verify().IsValid);
    }

    [Fact]
    public void Open_SealedThenFilesRestored_StaysSealedUntilAcknowledged()
    {
        _home.Fill(30, Checkpointed);
        _home.CopyLedger(_home.LedgerDir, Backup);
        DamageEntry(10);
        using (var store = _home.Open(Checkpointed)) Assert.Equal(LedgerState.Sealed, store.State);
        File.Copy(Path.Combine(Backup, "segment-000000.log"), _home.Segment(0), overwrite: true);

        using var reopened = _home.Open(Checkpointed);
        Assert.True(reopened.Verify().IsValid);
        Assert.Equal(LedgerState.Sealed, reopened.State);
        Assert.Equal(10, reopened.SealedBy!.Sequence);
        reopened.AcknowledgeFault("admin", "segment restored");
        Assert.Equal(LedgerState.Open, reopened.State);
    }

    [Fact]
    public void Verify_DamageWhileOpen_SealsRunningStoreAndPersistsSeal()
    {
        using var store = _home.Open(Checkpointed);
        for (var i = 0; i < 30; i++) store.Append(LedgerEntryTypes.QueryReleased, "analyst", TestHome.Payload(i));
        store.Head();
        DamageEntry(12);
        var result = store.Verify();
        Assert.Equal(LedgerFaultKind.DamagedRecord, result.Fault!.Kind);
        Assert.Equal(12, result.Fault.Sequence);
        Assert.Equal(LedgerState.Sealed, store.State);
        Assert.True(File.Exists(Path.Combine(_home.LedgerDir, "SEALED.json")));
        Assert.Equal("KURA-LEDGER-SEALED",
            Assert.Throws<KuraException>(() => store.Append(LedgerEntryTypes.QueryReleased, "analyst", new JsonObject())).Code);
    }
}
