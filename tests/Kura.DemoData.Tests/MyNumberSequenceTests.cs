using Kura.Core;

namespace Kura.DemoData.Tests;

public class MyNumberSequenceTests
{
    [Fact]
    public void For_ManyIndices_DistinctValidTwelveDigitsWithoutLeadingZero()
    {
        var sequence = new MyNumberSequence(12345);
        var digits = Enumerable.Range(0, 200_000).Select(i => sequence.For(i).ToDigits()).ToList();
        Assert.Equal(digits.Count, digits.Distinct().Count());
        Assert.All(digits, d => Assert.True(MyNumber.IsValid(d) && d[0] != '0'));
    }

    [Fact]
    public void For_SameKey_SameNumbers_DifferentKey_Different()
    {
        Assert.Equal(new MyNumberSequence(1).For(77), new MyNumberSequence(1).For(77));
        Assert.NotEqual(new MyNumberSequence(1).For(77), new MyNumberSequence(2).For(77));
    }

    [Fact]
    public void For_ConsecutiveIndices_NotConsecutiveNumbers()
    {
        var sequence = new MyNumberSequence(5);
        var gaps = Enumerable.Range(0, 100).Select(i => Math.Abs(sequence.For(i + 1).Base - sequence.For(i).Base)).ToList();
        Assert.True(gaps.Distinct().Count() > 90);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(90_000_000_000L)]
    public void For_OutOfDomain_Throws(long index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MyNumberSequence(1).For(index));
}
