using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;

namespace Kura.Privacy.Tests;

public class HistogramQuantileTests
{
    private static BigInteger[] Counts(params int[] counts) => counts.Select(c => new BigInteger(c)).ToArray();

    [Fact]
    public void Estimate_ExactCounts_InterpolatesInsideTheBin()
    {
        // Range [0, 100), 4 bins of 25; 40 values; median target 20 falls 10/20 into bin 1 → 25 + 12.5.
        var estimate = HistogramQuantile.Estimate(Counts(10, 20, 5, 5), 0, 100, new Rational(1, 2), 0);
        Assert.Equal(new Rational(75, 2), estimate.Value);
        Assert.Equal(new Rational(25), estimate.IntervalLower);
        Assert.Equal(new Rational(50), estimate.IntervalUpper);
    }

    [Fact]
    public void Estimate_WithNoiseBound_WidensIntervalToEveryConsistentBin()
    {
        // With ±5 noise the median may sit in bin 0 (10+5 vs 20−5+…) or bin 1 but not bin 3.
        var estimate = HistogramQuantile.Estimate(Counts(10, 20, 5, 5), 0, 100, new Rational(1, 2), 5);
        Assert.True(estimate.IntervalLower <= 25 && estimate.IntervalUpper >= 50);
        Assert.True(estimate.IntervalUpper < 100);
    }

    [Fact]
    public void Estimate_NegativeNoisyCounts_AreTreatedAsZero()
    {
        var estimate = HistogramQuantile.Estimate(Counts(-3, 10, -2, 0), 0, 40, new Rational(1, 2), 0);
        Assert.Equal(new Rational(15), estimate.Value);
    }

    [Fact]
    public void Estimate_NothingPositive_ReturnsWholeRange()
    {
        var estimate = HistogramQuantile.Estimate(Counts(-1, 0, -4), 10, 20, new Rational(1, 4), 3);
        Assert.Equal(new Rational(25, 2), estimate.Value);
        Assert.Equal(new Rational(10), estimate.IntervalLower);
        Assert.Equal(new Rational(20), estimate.IntervalUpper);
    }

    [Fact]
    public void Estimate_ExactCounts_IntervalContainsTrueQuantileOfData()
    {
        var values = Enumerable.Range(0, 1000).Select(i => (i * 37 % 1000) / 10.0).ToArray(); // 0.0 … 99.9
        var bins = new int[10];
        foreach (var v in values) bins[(int)(v / 10)]++;
        var sorted = values.Order().ToArray();
        foreach (var p in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            var truth = sorted[(int)Math.Ceiling(p * values.Length) - 1];
            var estimate = HistogramQuantile.Estimate(Counts(bins), 0, 100, Rational.Parse(p.ToString(System.Globalization.CultureInfo.InvariantCulture)), 0);
            Assert.InRange(truth, estimate.IntervalLower.ToDouble(), estimate.IntervalUpper.ToDouble());
            Assert.InRange(estimate.Value.ToDouble(), truth - 10, truth + 10);
        }
    }

    [Fact]
    public void Estimate_InvalidArguments_Throw()
    {
        Assert.Throws<PrivacyParameterException>(() => HistogramQuantile.Estimate(Counts(), 0, 1, new Rational(1, 2), 0));
        Assert.Throws<PrivacyParameterException>(() => HistogramQuantile.Estimate(Counts(1), 1, 1, new Rational(1, 2), 0));
        Assert.Throws<PrivacyParameterException>(() => HistogramQuantile.Estimate(Counts(1), 0, 1, 1, 0));
        Assert.Throws<PrivacyParameterException>(() => HistogramQuantile.Estimate(Counts(1), 0, 1, new Rational(1, 2), -1));
    }
}
