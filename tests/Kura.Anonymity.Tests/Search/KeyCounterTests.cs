using Kura.Anonymity.Search;

namespace Kura.Anonymity.Tests.Search;

public class KeyCounterTests
{
    [Fact]
    public void Add_BeyondInitialCapacity_GrowsAndKeepsCounts()
    {
        var counter = new KeyCounter<ulong>();
        counter.Reset(4);
        for (var round = 0; round < 3; round++)
        {
            for (ulong key = 0; key < 10_000; key++) counter.Add(key * 0x10001, 1);
        }

        Assert.Equal(10_000, counter.Count);
        for (ulong key = 0; key < 10_000; key++) Assert.Equal(3, counter.Counts[counter.Find(key * 0x10001)]);
        Assert.Equal(-1, counter.Find(7));
    }

    [Fact]
    public void Add_WideKeysDifferingOnlyInHighBits_AreDistinct()
    {
        var counter = new KeyCounter<UInt128>();
        counter.Reset(16);
        for (var i = 0; i < 100; i++) counter.Add((UInt128)i << 100, i);

        Assert.Equal(100, counter.Count);
        Assert.Equal(42, counter.Counts[counter.Find((UInt128)42 << 100)]);
    }

    [Fact]
    public void Reset_AfterUse_Empties()
    {
        var counter = new KeyCounter<ulong>();
        counter.Reset(8);
        counter.Add(5, 2);
        counter.Reset(8);

        Assert.Equal(0, counter.Count);
        Assert.Equal(-1, counter.Find(5));
    }
}
