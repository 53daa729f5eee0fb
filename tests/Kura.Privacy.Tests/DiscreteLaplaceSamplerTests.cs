using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class DiscreteLaplaceSamplerTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Sample_NonPositiveScale_Throws(string scale) =>
        Assert.Throws<PrivacyParameterException>(() => DiscreteLaplaceSampler.Sample(Rational.Parse(scale), new CryptoRandomBits()));

    [Fact]
    public void Sample_TinyScale_IsAlmostAlwaysZero()
    {
        var rng = new CryptoRandomBits();
        // P(X ≠ 0) = 2e^-100/(1+e^-100) ≈ 7e-44 for scale 1/100.
        for (var i = 0; i < 1000; i++)
            Assert.Equal(BigInteger.Zero, DiscreteLaplaceSampler.Sample(new Rational(1, 100), rng));
    }

    [Fact]
    public void Sample_ScaleBeyondWordSize_TakesBigPathWithMatchingSpread()
    {
        var rng = new CryptoRandomBits();
        var scale = BigInteger.Pow(10, 30);
        var draws = Enumerable.Range(0, 4000).Select(_ => DiscreteLaplaceSampler.Sample(scale, rng)).ToList();
        // E|X| ≈ scale; the sample mean of |X|/scale has sd ≈ 1/√4000 ≈ 0.016.
        var meanAbs = draws.Select(x => (double)BigInteger.Abs(x) / 1e30).Average();
        Assert.InRange(meanAbs, 0.9, 1.1);
        Assert.Contains(draws, x => x.Sign < 0);
        Assert.Contains(draws, x => x.Sign > 0);
    }

    [Fact]
    public void Sample_ScaleWithHugeDenominator_TakesBigPath()
    {
        var rng = new CryptoRandomBits();
        var scale = new Rational(BigInteger.Pow(10, 40) * 3, BigInteger.Pow(10, 40));
        var meanAbs = Enumerable.Range(0, 4000).Select(_ => (double)BigInteger.Abs(DiscreteLaplaceSampler.Sample(scale, rng))).Average();
        // E|X| = 2q/(1−q²) with q = e^(−1/3) ≈ 0.7165: ≈ 2.94.
        Assert.InRange(meanAbs, 2.6, 3.3);
    }
}
