using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.StatisticalTests;

public class BernoulliExpSamplerTests
{
    private const int DrawCount = 1_000_000;

    [Theory]
    [InlineData("1/10")]
    [InlineData("1/3")]
    [InlineData("1/2")]
    [InlineData("1")]
    [InlineData("5/2")]
    [InlineData("7")]
    public void Sample_MillionDraws_FrequencyMatchesExpMinusGamma(string gammaText)
    {
        var gamma = Rational.Parse(gammaText);
        var rng = new CryptoRandomBits();
        long hits = 0;
        for (var i = 0; i < DrawCount; i++)
            hits += BernoulliExpSampler.Sample(gamma, rng) ? 1 : 0;
        var p = Math.Exp(-gamma.ToDouble());
        var z = (hits - DrawCount * p) / Math.Sqrt(DrawCount * p * (1 - p));
        Assert.InRange(z, -Draws.MaxAbsZ, Draws.MaxAbsZ);
    }

    [Theory]
    [InlineData("1/7")]
    [InlineData("999/1000")]
    public void BernoulliSample_MillionDraws_FrequencyMatchesP(string pText)
    {
        var p = Rational.Parse(pText);
        var rng = new CryptoRandomBits();
        long hits = 0;
        for (var i = 0; i < DrawCount; i++)
            hits += BernoulliSampler.Sample(p, rng) ? 1 : 0;
        var q = p.ToDouble();
        var z = (hits - DrawCount * q) / Math.Sqrt(DrawCount * q * (1 - q));
        Assert.InRange(z, -Draws.MaxAbsZ, Draws.MaxAbsZ);
    }
}
