using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine;
using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

public sealed class LedgerAuditTests : IDisposable
{
    private static readonly LedgerStoreOptions Checkpointed = new() { CheckpointEveryEntries = 16 };
    private readonly TestHome _home = new();

    public void Dispose() => _home.Dispose();

    private KuraHome Home => new(_home.Root);

    private byte[] PublicKey() =>
        Convert.FromBase64String(JsonNode.Parse(File.ReadAllText(_home.KeyFile))!["public_key"]!.GetValue<string>());

    [Fact]
    public void VerifyDirectory_CopyWithPublicKeyOnly_ValidNamesKeyAndChangesNothing()
    {
        _home.Fill(40, Checkpointed);
        var copy = Path.Combine(_home.Root, "auditor-copy");
        _home.CopyLedger(_home.LedgerDir, copy);
        File.Delete(Path.Combine(copy, "writer.lock"));
        var before = TestHome.Digest(copy);

        var report = LedgerAudit.VerifyDirectory(copy, PublicKey());

        Assert.True(report.IsValid, report.Verification.Fault?.ToString());
        Assert.Equal(40, report.Verification.EntryCount);
        Assert.Equal(LedgerSigningKey.KeyIdOf(PublicKey()), report.KeyId);
        Assert.Equal(before, TestHome.Digest(copy));
        Assert.Equal(["head.json", "segment-000000.log"], Directory.GetFileSystemEntries(copy).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void VerifyDirectory_AnotherKey_BadSignatureNamingBothKeys()
    {
        _home.Fill(20, Checkpointed);
        using var other = LedgerSigningKey.Generate();
        var report = LedgerAudit.VerifyDirectory(_home.LedgerDir, other.PublicKey);
        Assert.Equal(LedgerFaultKind.BadSignature, report.Verification.Fault!.Kind);
        Assert.Contains(other.KeyId, report.Verification.Fault.Message);
        Assert.Equal(other.KeyId, report.KeyId);
    }

    [Fact]
    public void VerifyDirectory_NoLedgerThere_NotFound()
    {
        var error = Assert.Throws<KuraException>(() => LedgerAudit.VerifyDirectory(_home.Root, new byte[32]));
        Assert.Equal("KURA-LEDGER-NOT-FOUND", error.Code);
    }

    [Fact]
    public void VerifyHome_TornTail_ReportsPendingRepairAndChangesNothing()
    {
        _home.Fill(20, Checkpointed, anchored: true);
        using (var stream = new FileStream(_home.Segment(0), FileMode.Append)) stream.Write([0x40, 0x00, 0x00, 0x00, 0x01]);
        var before = TestHome.Digest(_home.Root);

        var report = LedgerAudit.VerifyHome(Home);

        Assert.True(report.IsValid, report.Verification.Fault?.ToString());
        Assert.True(report.PendingRecovery.Pending);
        Assert.Equal(5, report.PendingRecovery.DiscardedBytes);
        Assert.Equal(20, report.CatalogAnchor!.TreeSize);
        Assert.Equal(before, TestHome.Digest(_home.Root));
        using var store = _home.Open(Checkpointed, anchored: true);
        Assert.Equal(5, store.Recovery.DiscardedBytes); // the writable open makes the repair it announced
    }

    [Fact]
    public void VerifyHome_DamagedLedger_FaultButNoSealFileAndNothingChanged()
    {
        _home.Fill(20, Checkpointed, anchored: true);
        var record = SegmentSurgery.Entry(_home.Segment(0), 5);
        var bytes = File.ReadAllBytes(_home.Segment(0));
        bytes[record.Offset + record.Size - 3] ^= 1;
        File.WriteAllBytes(_home.Segment(0), bytes);
        var before = TestHome.Digest(_home.Root);

        var report = LedgerAudit.VerifyHome(Home);

        Assert.Equal(LedgerFaultKind.DamagedRecord, report.Verification.Fault!.Kind);
        Assert.Equal(before, TestHome.Digest(_home.Root));
    }

    [Fact]
    public void VerifyHome_KeyFileMissing_AsksForThePublicKey()
    {
        _home.Fill(3, Checkpointed, anchored: true);
        var key = PublicKey();
        File.Delete(_home.KeyFile);
        var error = Assert.Throws<KuraException>(() => LedgerAudit.VerifyHome(Home));
        Assert.Equal("KURA-LEDGER-KEY-MISSING", error.Code);
        Assert.Contains("--public-key", error.Message);
        Assert.True(LedgerAudit.VerifyHome(Home, publicKey: key).IsValid);
    }
}
