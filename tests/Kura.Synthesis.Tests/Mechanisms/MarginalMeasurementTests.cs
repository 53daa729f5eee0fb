using Kura.Privacy;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Mechanisms;

public class MarginalMeasurementTests
{
    [Fact]
    public void SigmaSquaredFor_KMarginals_IsKOverTwoRho() =>
        Assert.Equal(new Rational(3 * 8, 2), MarginalMeasurement.SigmaSquaredFor(new Rational(1, 8), 3));

    [Fact]
    public void Measure_Marginals_ReleasesEveryCellWithTheJointSigma()
    {
        var table = Tables.FromRows([2, 3], [[0, 0], [1, 2], [1, 2]]);
        var released = MarginalMeasurement.Measure(table, [[0], [0, 1]], new Rational(1, 2), new CryptoRandomBits());
        Assert.Equal(2, released.Count);
        Assert.Equal(2, released[0].Counts.Length);
        Assert.Equal(6, released[1].Counts.Length);
        Assert.All(released, m => Assert.Equal(new Rational(2), m.SigmaSquared));
    }

    [Fact]
    public void Measure_NoMarginals_Throws() =>
        Assert.Throws<PrivacyParameterException>(() =>
            MarginalMeasurement.Measure(Tables.FromRows([2], [[0]]), [], 1, new CryptoRandomBits()));
}
