namespace Kura.DemoData.Tests;

public class SeededRandomTests
{
    [Fact]
    public void NextUInt64_SameSeed_SameSequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        var c = new SeededRandom(43);
        var first = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToList();
        Assert.Equal(first, Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 100).Select(_ => c.NextUInt64()));
    }

    [Fact]
    public void NextInt_Bound_InRangeAndRoughlyUniform()
    {
        var random = new SeededRandom(1);
        var buckets = new int[7];
        for (var i = 0; i < 70_000; i++) buckets[random.NextInt(7)]++;
        Assert.All(buckets, b => Assert.InRange(b, 9_500, 10_500));
    }

    [Fact]
    public void NextInt_MinMax_Inclusive()
    {
        var random = new SeededRandom(2);
        var seen = Enumerable.Range(0, 1_000).Select(_ => random.NextInt(3, 5)).ToHashSet();
        Assert.Equal([3, 4, 5], seen.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NextInt_NonPositiveBound_Throws(int bound) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeededRandom(1).NextInt(bound));

    [Fact]
    public void NextGaussian_ManyDraws_MeanZeroUnitVariance()
    {
        var random = new SeededRandom(3);
        var draws = Enumerable.Range(0, 50_000).Select(_ => random.NextGaussian()).ToList();
        var mean = draws.Average();
        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(draws.Average(d => (d - mean) * (d - mean)), 0.96, 1.04);
    }

    [Fact]
    public void NextUnitOpenBelow_Always_PositiveAtMostOne()
    {
        var random = new SeededRandom(4);
        for (var i = 0; i < 10_000; i++) Assert.InRange(random.NextUnitOpenBelow(), double.Epsilon, 1.0);
    }
}
