using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Xunit.Abstractions;

namespace Kura.Privacy.StatisticalTests;

public class DiscreteLaplaceSamplerTests(ITestOutputHelper output)
{
    private const int DrawCount = 1_000_000;

    [Theory]
    [InlineData("1/2")]
    [InlineData("1")]
    [InlineData("7/3")]
    [InlineData("10")]
    [InlineData("10000")]
    public void Sample_MillionDraws_MatchExactPmfSymmetricAndCentred(string scaleText)
    {
        var scale = Rational.Parse(scaleText);
        var (pmf, variance) = Draws.DiscreteLaplace(scale.ToDouble());
        var histogram = Draws.Histogram(DrawCount, rng => DiscreteLaplaceSampler.Sample(scale, rng));

        var fit = GoodnessOfFit.Test(histogram, pmf, DrawCount);
        output.WriteLine(fit.ToString());
        Assert.True(fit.PValue > GoodnessOfFit.FailBelow, $"scale={scaleText}: {fit}");
        Assert.InRange(Draws.SymmetryZ(histogram), -Draws.MaxAbsZ, Draws.MaxAbsZ);
        Assert.InRange(Draws.MeanZ(histogram, variance), -Draws.MaxAbsZ, Draws.MaxAbsZ);
    }

    [Fact]
    public void Sample_WrongScale_IsDetectedByTheSameTest()
    {
        var (pmf, _) = Draws.DiscreteLaplace(2.1);
        var histogram = Draws.Histogram(DrawCount, rng => DiscreteLaplaceSampler.Sample(2, rng));
        Assert.True(GoodnessOfFit.Test(histogram, pmf, DrawCount).PValue < GoodnessOfFit.FailBelow);
    }
}
