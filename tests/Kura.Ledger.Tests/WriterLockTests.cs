using Kura.Core;
using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

/// <summary>One writer per ledger: a second store on the same directory waits, then refuses.</summary>
public class WriterLockTests
{
    private static readonly LedgerStoreOptions ShortWait = new() { WriterLockTimeout = TimeSpan.FromMilliseconds(300) };

    [Fact]
    public void Open_WhileAnotherStoreHoldsTheLedger_RefusesAsBusy()
    {
        using var home = new TestHome();
        using var first = home.Open();
        first.Append(LedgerEntryTypes.BudgetReserved, "a", TestHome.Payload(0));

        var e = Assert.Throws<KuraException>(() => home.Open(ShortWait));
        Assert.Equal("KURA-HOME-BUSY", e.Code);
        Assert.Equal(1, first.Count);
    }

    [Fact]
    public async Task Open_WaitsForTheHolderToClose_ThenContinuesTheSameChain()
    {
        using var home = new TestHome();
        var first = home.Open();
        first.Append(LedgerEntryTypes.BudgetReserved, "a", TestHome.Payload(0));
        var second = Task.Run(() =>
        {
            using var store = home.Open(new LedgerStoreOptions { WriterLockTimeout = TimeSpan.FromSeconds(30) });
            store.Append(LedgerEntryTypes.BudgetReserved, "b", TestHome.Payload(1));
            return store.Count;
        });
        await Task.Delay(300);
        Assert.False(second.IsCompleted); // still waiting for the lock
        first.Dispose();
        Assert.Equal(2, await second.WaitAsync(TimeSpan.FromSeconds(60)));
        using var reopened = home.Open();
        Assert.True(reopened.Verify().IsValid);
    }
}
