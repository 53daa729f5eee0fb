using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class GaussianMechanismTests
{
    [Fact]
    public void SigmaSquaredFor_CountWithSensitivityOne_IsOneOverTwoRho() =>
        Assert.Equal(new Rational(4), GaussianMechanism.SigmaSquaredFor(new Rational(1, 8), 1));

    [Fact]
    public void SigmaSquaredFor_KGroupsOfC_UsesSquaredL2Sensitivity() =>
        Assert.Equal(new Rational(36, 1) / 1, GaussianMechanism.SigmaSquaredFor(new Rational(1, 2), 4 * 9));

    [Theory]
    [InlineData("0", "1")]
    [InlineData("-1", "1")]
    [InlineData("1", "0")]
    public void SigmaSquaredFor_NonPositiveInput_Throws(string rho, string sensitivitySquared)
    {
        var error = Assert.Throws<PrivacyParameterException>(() => GaussianMechanism.SigmaSquaredFor(Rational.Parse(rho), Rational.Parse(sensitivitySquared)));
        Assert.Equal("KURA-PRIVACY-PARAMETER", error.Code);
    }

    [Fact]
    public void Release_AddsNoiseAroundExactValue()
    {
        var rng = new CryptoRandomBits();
        var exact = BigInteger.Pow(10, 25);
        var draws = Enumerable.Range(0, 2000).Select(_ => GaussianMechanism.Release(exact, 100, rng) - exact).ToList();
        Assert.Contains(draws, d => !d.IsZero);
        // Mean of 2000 draws with σ = 10 has sd ≈ 0.22.
        Assert.InRange(draws.Select(d => (double)d).Average(), -1.5, 1.5);
    }

    [Theory]
    [InlineData(100.0, 0.95)]
    [InlineData(0.5, 0.95)]
    [InlineData(4.0, 0.99)]
    [InlineData(10000.0, 0.9)]
    [InlineData(2.0, 0.5)]
    public void ConfidenceHalfWidth_IsSmallestCoveringInteger(double sigmaSquared, double confidence)
    {
        var t = (long)GaussianMechanism.ConfidenceHalfWidth(Rational.Parse(sigmaSquared.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), confidence);
        Assert.True(ReferencePmf.GaussianCentralMass(sigmaSquared, t) >= confidence);
        if (t > 0)
            Assert.True(ReferencePmf.GaussianCentralMass(sigmaSquared, t - 1) < confidence);
    }

    [Fact]
    public void ConfidenceHalfWidth_HugeVariance_MatchesNormalQuantile()
    {
        // σ = 10^6: 1.959963985·σ − 1/2 rounded up.
        Assert.Equal(new BigInteger(1_959_964), GaussianMechanism.ConfidenceHalfWidth(Rational.Parse("1e12"), 0.95));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void ConfidenceHalfWidth_ConfidenceOutOfRange_Throws(double confidence) =>
        Assert.Throws<PrivacyParameterException>(() => GaussianMechanism.ConfidenceHalfWidth(1, confidence));
}
