namespace Kura.DemoData.Tests;

public class WeightedTableTests
{
    [Fact]
    public void Next_ZeroWeights_NeverDrawn()
    {
        var table = new WeightedTable([0, 5, 0, 0, 5, 0]);
        var random = new SeededRandom(9);
        var drawn = Enumerable.Range(0, 5_000).Select(_ => table.Next(random)).ToHashSet();
        Assert.Equal([1, 4], drawn.Order());
    }

    [Fact]
    public void Next_Weights_ProportionalFrequencies()
    {
        var table = new WeightedTable([1, 3, 6]);
        var random = new SeededRandom(10);
        var counts = new int[3];
        for (var i = 0; i < 100_000; i++) counts[table.Next(random)]++;
        Assert.InRange(counts[0], 9_000, 11_000);
        Assert.InRange(counts[1], 28_500, 31_500);
        Assert.InRange(counts[2], 58_500, 61_500);
    }

    [Fact]
    public void Constructor_AllZeroOrNegative_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WeightedTable([0, 0]));
        Assert.Throws<ArgumentException>(() => new WeightedTable([1, -1]));
    }
}
