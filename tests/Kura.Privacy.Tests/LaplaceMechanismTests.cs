using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class LaplaceMechanismTests
{
    [Fact]
    public void ScaleFor_SensitivityOverEpsilon_IsExact() =>
        Assert.Equal(new Rational(30, 1), LaplaceMechanism.ScaleFor(new Rational(1, 10), 3));

    [Theory]
    [InlineData("0", "1")]
    [InlineData("1", "-1")]
    public void ScaleFor_NonPositiveInput_Throws(string epsilon, string sensitivity) =>
        Assert.Throws<PrivacyParameterException>(() => LaplaceMechanism.ScaleFor(Rational.Parse(epsilon), Rational.Parse(sensitivity)));

    [Fact]
    public void Release_AddsIntegerNoiseAroundExactValue()
    {
        var rng = new CryptoRandomBits();
        var draws = Enumerable.Range(0, 2000).Select(_ => (double)(LaplaceMechanism.Release(-5, 10, rng) + 5)).ToList();
        Assert.Contains(draws, d => d != 0);
        // Variance 2q/(1−q)² ≈ 200 for scale 10: sd of the mean ≈ 0.32.
        Assert.InRange(draws.Average(), -2.0, 2.0);
    }

    [Theory]
    [InlineData(10.0, 0.95)]
    [InlineData(0.5, 0.95)]
    [InlineData(1.0, 0.5)]
    [InlineData(1000.0, 0.999)]
    [InlineData(0.01, 0.99)]
    public void ConfidenceHalfWidth_IsSmallestCoveringInteger(double scale, double confidence)
    {
        var t = (long)LaplaceMechanism.ConfidenceHalfWidth(Rational.Parse(scale.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), confidence);
        Assert.True(ReferencePmf.LaplaceCentralMass(scale, t) >= confidence - 1e-12);
        if (t > 0)
            Assert.True(ReferencePmf.LaplaceCentralMass(scale, t - 1) < confidence);
    }

    [Fact]
    public void ConfidenceHalfWidth_Scale10At95_Is30() =>
        Assert.Equal(new BigInteger(30), LaplaceMechanism.ConfidenceHalfWidth(10, 0.95));
}
