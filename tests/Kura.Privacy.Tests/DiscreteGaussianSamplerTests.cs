using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class DiscreteGaussianSamplerTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1/2")]
    public void Sample_NonPositiveVariance_Throws(string sigmaSquared) =>
        Assert.Throws<PrivacyParameterException>(() => DiscreteGaussianSampler.Sample(Rational.Parse(sigmaSquared), new CryptoRandomBits()));

    [Fact]
    public void Sample_TinyVariance_IsAlmostAlwaysZero()
    {
        var rng = new CryptoRandomBits();
        // P(X ≠ 0) ≈ 2e^-50 for σ² = 1/100.
        for (var i = 0; i < 1000; i++)
            Assert.Equal(BigInteger.Zero, DiscreteGaussianSampler.Sample(new Rational(1, 100), rng));
    }

    [Fact]
    public void Sample_VarianceBeyondWordSize_TakesBigPathWithMatchingSpread()
    {
        var rng = new CryptoRandomBits();
        var sigmaSquared = BigInteger.Pow(10, 40); // σ = 10^20, t = 10^20 + 1 > 2^62
        var draws = Enumerable.Range(0, 2000).Select(_ => (double)DiscreteGaussianSampler.Sample(sigmaSquared, rng) / 1e20).ToList();
        var variance = draws.Select(x => x * x).Average();
        // Sample variance of 2000 standard normals: sd ≈ 0.032.
        Assert.InRange(variance, 0.8, 1.2);
    }

    [Fact]
    public void Sample_VarianceWithHugeNumeratorAndDenominator_TakesBigRejectionPath()
    {
        var rng = new CryptoRandomBits();
        var sigmaSquared = new Rational(BigInteger.Pow(10, 50) * 25 + 1, BigInteger.Pow(10, 50));
        var variance = Enumerable.Range(0, 4000).Select(_ => (double)DiscreteGaussianSampler.Sample(sigmaSquared, rng)).Select(x => x * x).Average();
        Assert.InRange(variance, 22.0, 28.0);
    }
}
