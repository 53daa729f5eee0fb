using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class BernoulliSamplerTests
{
    [Fact]
    public void Sample_ProbabilityZeroOrOne_IsConstantAndUsesNoBits()
    {
        var rng = new ScriptedBits();
        Assert.False(BernoulliSampler.Sample(Rational.Zero, rng));
        Assert.True(BernoulliSampler.Sample(Rational.One, rng));
        Assert.Equal(0, rng.Consumed);
    }

    [Theory]
    // p = 5/8 = 0.101b: U < p decided at the first differing bit.
    [InlineData(new[] { 0 }, true)]
    [InlineData(new[] { 1, 1 }, false)]
    [InlineData(new[] { 1, 0, 0 }, true)]
    [InlineData(new[] { 1, 0, 1 }, false)]
    public void Sample_ScriptedBits_ComparesAgainstBinaryExpansion(int[] bits, bool expected)
    {
        var rng = new ScriptedBits(bits);
        Assert.Equal(expected, BernoulliSampler.Sample(new Rational(5, 8), rng));
        Assert.Equal(bits.Length, rng.Consumed);
    }

    [Fact]
    public void Sample_HugeDenominator_UsesBigIntegerPath()
    {
        // p = 1/2 + 2^-200: the first bit 0 means U < 1/2 < p.
        var p = new Rational(1, 2) + new Rational(1, System.Numerics.BigInteger.One << 200);
        Assert.True(BernoulliSampler.Sample(p, new ScriptedBits(0)));
        Assert.False(BernoulliSampler.Sample(p, new ScriptedBits(Enumerable.Repeat(1, 201).ToArray())));
    }

    [Theory]
    [InlineData("-1/2")]
    [InlineData("3/2")]
    public void Sample_OutOfRange_Throws(string p) =>
        Assert.Throws<PrivacyParameterException>(() => BernoulliSampler.Sample(Rational.Parse(p), new CryptoRandomBits()));

    [Fact]
    public void Sample_NullRandomSource_Throws() =>
        Assert.Throws<ArgumentNullException>(() => BernoulliSampler.Sample(Rational.One, null!));
}
