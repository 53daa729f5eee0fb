using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;

namespace Kura.Privacy.Tests;

public class NoiseQuantilesTests
{
    [Fact]
    public void DiscreteGaussianHalfWidth_AcrossSummationAndNormalRegimes_IsContinuous()
    {
        var summed = NoiseQuantiles.DiscreteGaussianHalfWidth(Rational.Parse("1e10"), 0.95);
        var normal = NoiseQuantiles.DiscreteGaussianHalfWidth(Rational.Parse("1e10") + 1, 0.95);
        Assert.InRange((double)(normal - summed), 0, 1);
    }

    [Fact]
    public void SimultaneousConfidence_UnionBound_DividesMissRate() =>
        Assert.Equal(0.9975, NoiseQuantiles.SimultaneousConfidence(0.95, 20), 12);

    [Fact]
    public void DiscreteGaussianHalfWidth_HigherConfidence_IsWider() =>
        Assert.True(NoiseQuantiles.DiscreteGaussianHalfWidth(50, 0.999) > NoiseQuantiles.DiscreteGaussianHalfWidth(50, 0.9));

    [Fact]
    public void DiscreteLaplaceHalfWidth_NonPositiveScale_Throws() =>
        Assert.Throws<PrivacyParameterException>(() => NoiseQuantiles.DiscreteLaplaceHalfWidth(0, 0.9));
}
