namespace Kura.Ledger.Tests;

public sealed class CatalogLedgerAnchorTests : IDisposable
{
    private static readonly DateTimeOffset Time = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestHome _home = new();
    private readonly LedgerSigningKey _key = LedgerSigningKey.Generate();

    public void Dispose()
    {
        _key.Dispose();
        _home.Dispose();
    }

    [Fact]
    public void Read_NothingRecorded_Null() => Assert.Null(_home.Anchor.Read());

    [Fact]
    public void Record_ThenRead_SizeAndRootOfTheHead()
    {
        var head = _key.Sign(12, LedgerHash.Compute("a"u8), Time);
        _home.Anchor.Record(head);
        Assert.Equal(new LedgerAnchor(12, head.RootHash), _home.Anchor.Read());
    }

    [Fact]
    public void Record_SmallerSizeAfterLarger_KeepsTheLarger()
    {
        var anchor = _home.Anchor;
        anchor.Record(_key.Sign(12, LedgerHash.Compute("a"u8), Time));
        anchor.Record(_key.Sign(5, LedgerHash.Compute("b"u8), Time));
        Assert.Equal(new LedgerAnchor(12, LedgerHash.Compute("a"u8)), anchor.Read());
    }

    [Fact]
    public void Read_NoCatalogFile_Null() =>
        Assert.Null(new Kura.Storage.Ledger.CatalogLedgerAnchor(Path.Combine(_home.Root, "absent.db")).Read());
}
