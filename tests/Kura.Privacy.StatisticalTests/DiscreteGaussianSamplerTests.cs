using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Xunit.Abstractions;

namespace Kura.Privacy.StatisticalTests;

public class DiscreteGaussianSamplerTests(ITestOutputHelper output)
{
    private const int DrawCount = 1_000_000;

    [Theory]
    [InlineData("1/2")]
    [InlineData("1")]
    [InlineData("1/3")]
    [InlineData("10")]
    [InlineData("27/4")]
    [InlineData("10000")]
    public void Sample_MillionDraws_MatchExactPmfSymmetricAndCentred(string sigmaSquaredText)
    {
        var sigmaSquared = Rational.Parse(sigmaSquaredText);
        var (pmf, variance) = Draws.DiscreteGaussian(sigmaSquared.ToDouble());
        var histogram = Draws.Histogram(DrawCount, rng => DiscreteGaussianSampler.Sample(sigmaSquared, rng));

        var fit = GoodnessOfFit.Test(histogram, pmf, DrawCount);
        output.WriteLine(fit.ToString());
        Assert.True(fit.PValue > GoodnessOfFit.FailBelow, $"σ²={sigmaSquaredText}: {fit}");
        Assert.InRange(Draws.SymmetryZ(histogram), -Draws.MaxAbsZ, Draws.MaxAbsZ);
        Assert.InRange(Draws.MeanZ(histogram, variance), -Draws.MaxAbsZ, Draws.MaxAbsZ);
    }

    [Fact]
    public void Sample_WrongVariance_IsDetectedByTheSameTest()
    {
        // Power check: draws with σ² = 10 tested against σ² = 10.5 must be rejected.
        var (pmf, _) = Draws.DiscreteGaussian(10.5);
        var histogram = Draws.Histogram(DrawCount, rng => DiscreteGaussianSampler.Sample(10, rng));
        Assert.True(GoodnessOfFit.Test(histogram, pmf, DrawCount).PValue < GoodnessOfFit.FailBelow);
    }
}
