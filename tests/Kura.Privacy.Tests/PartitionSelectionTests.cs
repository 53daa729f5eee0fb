using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;

namespace Kura.Privacy.Tests;

public class PartitionSelectionTests
{
    [Theory]
    [InlineData(0.5, 1, 1, 1e-6)]
    [InlineData(4, 1, 1, 1e-5)]
    [InlineData(100, 1, 1, 1e-6)]
    [InlineData(100, 5, 3, 1e-9)]
    [InlineData(10000, 10, 1, 1e-7)]
    public void GaussianThreshold_TrueTailAtThreshold_IsWithinDeltaAndNearlyTight(double sigmaSquared, int k, int c, double delta)
    {
        var tau = (long)PartitionSelection.GaussianThreshold(Parse(sigmaSquared), k, c, Parse(delta));
        // A group holding only one person's c rows is released when c + Z > τ, i.e. Z ≥ τ − c + 1.
        Assert.True(k * ReferencePmf.GaussianUpperTail(sigmaSquared, tau - c + 1) <= delta);
        // The bound is close to the exact tail: three steps lower must already break δ.
        if (tau - c - 2 >= 1)
            Assert.True(k * ReferencePmf.GaussianUpperTail(sigmaSquared, tau - c - 2) > delta);
    }

    [Theory]
    [InlineData(0.5, 1, 1, 1e-6)]
    [InlineData(10, 1, 1, 1e-6)]
    [InlineData(30, 3, 10, 1e-8)]
    public void LaplaceThreshold_ExactTailAtThreshold_IsWithinDeltaAndTight(double scale, int k, int c, double delta)
    {
        var tau = (long)PartitionSelection.LaplaceThreshold(Parse(scale), k, c, Parse(delta));
        var q = Math.Exp(-1 / scale);
        double Tail(long m) => Math.Pow(q, m) / (1 + q);
        Assert.True(k * Tail(tau - c + 1) <= delta * (1 + 1e-12));
        if (tau - c >= 1)
            Assert.True(k * Tail(tau - c) > delta);
    }

    [Fact]
    public void GaussianThreshold_IsMonotoneInEveryParameter()
    {
        BigInteger T(string s2, int k, int c, string d) => PartitionSelection.GaussianThreshold(Rational.Parse(s2), k, c, Rational.Parse(d));
        Assert.True(T("100", 1, 1, "1e-9") >= T("100", 1, 1, "1e-6"));
        Assert.True(T("100", 8, 1, "1e-6") >= T("100", 1, 1, "1e-6"));
        Assert.True(T("100", 1, 5, "1e-6") >= T("100", 1, 1, "1e-6"));
        Assert.True(T("400", 1, 1, "1e-6") >= T("100", 1, 1, "1e-6"));
        Assert.Equal(T("100", 1, 1, "1e-6") + 4, T("100", 1, 5, "1e-6"));
    }

    [Fact]
    public void LaplaceThreshold_IsMonotoneInDeltaAndK()
    {
        BigInteger T(string b, int k, string d) => PartitionSelection.LaplaceThreshold(Rational.Parse(b), k, 1, Rational.Parse(d));
        Assert.True(T("10", 1, "1e-9") > T("10", 1, "1e-6"));
        Assert.True(T("10", 10, "1e-6") > T("10", 1, "1e-6"));
    }

    [Fact]
    public void IsReleased_StrictlyAboveThreshold()
    {
        Assert.False(PartitionSelection.IsReleased(10, 10));
        Assert.True(PartitionSelection.IsReleased(11, 10));
    }

    [Fact]
    public void GaussianThreshold_TinyVariance_StaysFinite() =>
        Assert.Equal(new BigInteger(1), PartitionSelection.GaussianThreshold(new Rational(1, 10_000_000), 1, 1, Rational.Parse("1e-9")));

    [Theory]
    [InlineData("0", 1, 1, "1e-6")]
    [InlineData("1", 0, 1, "1e-6")]
    [InlineData("1", 1, 0, "1e-6")]
    [InlineData("1", 1, 1, "0")]
    [InlineData("1", 1, 1, "1")]
    public void GaussianThreshold_InvalidArguments_Throw(string sigmaSquared, int k, int c, string delta) =>
        Assert.Throws<PrivacyParameterException>(() => PartitionSelection.GaussianThreshold(Rational.Parse(sigmaSquared), k, c, Rational.Parse(delta)));

    private static Rational Parse(double value) => Rational.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
}
