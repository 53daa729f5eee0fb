using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class BernoulliExpSamplerTests
{
    [Fact]
    public void Sample_GammaZero_AlwaysTrueWithoutBits()
    {
        var rng = new ScriptedBits();
        Assert.True(BernoulliExpSampler.Sample(Rational.Zero, rng));
        Assert.Equal(0, rng.Consumed);
    }

    [Fact]
    public void Sample_GammaOneScripted_FollowsAlgorithm1()
    {
        // γ = 1: K=1 always advances (Bernoulli(1)·Bernoulli(1/1)); at K=2 Bernoulli(1/2) fails on bit 1 → K=2, even → false.
        Assert.False(BernoulliExpSampler.Sample(Rational.One, new ScriptedBits(1)));
        // Bit 0 passes Bernoulli(1/2) → K=3; Bernoulli(1/3) = 0.0101…b fails on bit 1 → K=3, odd → true.
        Assert.True(BernoulliExpSampler.Sample(Rational.One, new ScriptedBits(0, 1)));
    }

    [Fact]
    public void Sample_LargeGamma_IsAlmostAlwaysFalse()
    {
        var rng = new CryptoRandomBits();
        // exp(-200) ≈ 1e-87: a single true would be a bug.
        for (var i = 0; i < 2000; i++)
            Assert.False(BernoulliExpSampler.Sample(200, rng));
    }

    [Fact]
    public void Sample_HugeDenominator_UsesBigIntegerPathAndAgreesInDistribution()
    {
        var rng = new CryptoRandomBits();
        var gamma = new Rational(System.Numerics.BigInteger.Pow(10, 60) + 1, System.Numerics.BigInteger.Pow(10, 60));
        var hits = 0;
        for (var i = 0; i < 20_000; i++)
            hits += BernoulliExpSampler.Sample(gamma, rng) ? 1 : 0;
        // e^-1 ≈ 0.3679; sd ≈ 0.0034 on 20k draws; ±0.025 is more than 7 sd.
        Assert.InRange(hits / 20_000.0, 0.3679 - 0.025, 0.3679 + 0.025);
    }

    [Fact]
    public void Sample_NegativeGamma_Throws() =>
        Assert.Throws<PrivacyParameterException>(() => BernoulliExpSampler.Sample(-1, new CryptoRandomBits()));
}
