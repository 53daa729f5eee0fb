namespace Kura.Ledger.Tests;

public class LedgerVerifierTests : IDisposable
{
    private readonly LedgerSigningKey _key = LedgerSigningKey.Generate();

    public void Dispose() => _key.Dispose();

    private LedgerVerification Verify(SegmentBuilder builder, params SignedTreeHead[] heads) =>
        LedgerSegmentScanner.VerifyAll([builder.Build()], _key.PublicKey, heads);

    [Fact]
    public void Complete_SoundLedger_ValidWithReferenceRoot()
    {
        var builder = new SegmentBuilder(_key);
        for (var i = 0; i < 10; i++) builder.Entry();
        builder.Checkpoint();
        for (var i = 0; i < 5; i++) builder.Entry();
        builder.Checkpoint();
        var result = Verify(builder, builder.Head());
        Assert.True(result.IsValid, result.Fault?.ToString());
        Assert.Equal(15, result.EntryCount);
        Assert.Equal(2, result.CheckpointCount);
        Assert.Equal(ReferenceMerkle.Mth(builder.Hashes.Select(h => h.ToArray()).ToArray()), result.RootHash.ToArray());
    }

    [Fact]
    public void Complete_WrongSequenceNumber_SequenceMismatchAtThatPosition()
    {
        var builder = new SegmentBuilder(_key).Entry().Entry().Entry(sequence: 3);
        var fault = Verify(builder).Fault!;
        Assert.Equal(LedgerFaultKind.SequenceMismatch, fault.Kind);
        Assert.Equal(2, fault.Sequence);
    }

    [Fact]
    public void Complete_WrongPrevHash_ChainBrokenAtPredecessor()
    {
        var builder = new SegmentBuilder(_key).Entry().Entry().Entry(prev: LedgerHash.Compute("x"u8)).Entry();
        var fault = Verify(builder).Fault!;
        Assert.Equal(LedgerFaultKind.ChainBroken, fault.Kind);
        Assert.Equal(1, fault.Sequence);
    }

    [Fact]
    public void Complete_CheckpointByOtherKey_BadSignature()
    {
        using var other = LedgerSigningKey.Generate();
        var builder = new SegmentBuilder(_key).Entry().Checkpoint().Entry().Checkpoint(other);
        var fault = Verify(builder).Fault!;
        Assert.Equal(LedgerFaultKind.BadSignature, fault.Kind);
        Assert.Equal(1, fault.Sequence);
    }

    [Fact]
    public void Complete_TrustedHeadBeyondEnd_Truncated()
    {
        var full = new SegmentBuilder(_key).Entry().Entry().Entry();
        var shorter = new SegmentBuilder(_key).Entry().Entry();
        var fault = Verify(shorter, full.Head()).Fault!;
        Assert.Equal(LedgerFaultKind.Truncated, fault.Kind);
        Assert.Equal(2, fault.Sequence);
    }

    [Fact]
    public void Complete_TrustedHeadWithOtherRoot_CheckpointMismatch()
    {
        var builder = new SegmentBuilder(_key).Entry().Entry().Entry();
        var wrong = _key.Sign(2, LedgerHash.Compute("not the root"u8), DateTimeOffset.UnixEpoch);
        var fault = Verify(builder, wrong).Fault!;
        Assert.Equal(LedgerFaultKind.CheckpointMismatch, fault.Kind);
        Assert.Equal(0, fault.Sequence);
    }

    [Fact]
    public void VerifyAll_CutInsideLastRecord_DamagedRecord()
    {
        var bytes = new SegmentBuilder(_key).Entry().Entry().Build();
        var fault = LedgerSegmentScanner.VerifyAll([bytes[..^5]], _key.PublicKey).Fault!;
        Assert.Equal(LedgerFaultKind.DamagedRecord, fault.Kind);
        Assert.Equal(1, fault.Sequence);
    }

    private LedgerVerification VerifyWithAnchor(SegmentBuilder builder, LedgerAnchor anchor)
    {
        var verifier = new LedgerVerifier(_key.PublicKey, anchor: anchor);
        LedgerSegmentScanner.Scan(builder.Build().Span, 0, verifier);
        return verifier.Complete();
    }

    [Fact]
    public void Complete_LedgerShorterThanAnchor_RolledBack()
    {
        var full = new SegmentBuilder(_key).Entry().Entry().Entry();
        var fault = VerifyWithAnchor(new SegmentBuilder(_key).Entry().Entry(), new LedgerAnchor(3, full.Head().RootHash)).Fault!;
        Assert.Equal(LedgerFaultKind.RolledBack, fault.Kind);
        Assert.Equal(2, fault.Sequence);
        Assert.Contains("rolled back", fault.Message);
    }

    [Fact]
    public void Complete_OtherRootAtAnchorSize_RolledBack()
    {
        var builder = new SegmentBuilder(_key).Entry().Entry().Entry();
        var fault = VerifyWithAnchor(builder, new LedgerAnchor(2, LedgerHash.Compute("other"u8))).Fault!;
        Assert.Equal(LedgerFaultKind.RolledBack, fault.Kind);
        Assert.Contains("at 2 entries", fault.Message);
    }

    [Fact]
    public void Complete_LedgerExtendsAnchor_Valid()
    {
        var prefix = new SegmentBuilder(_key).Entry().Entry();
        var builder = new SegmentBuilder(_key).Entry().Entry().Entry();
        Assert.True(VerifyWithAnchor(builder, new LedgerAnchor(2, prefix.Head().RootHash)).IsValid);
    }
}
