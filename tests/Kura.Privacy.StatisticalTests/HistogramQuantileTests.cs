using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.StatisticalTests;

public class HistogramQuantileTests
{
    private const int Trials = 5_000;
    private const int Bins = 20;

    [Theory]
    [InlineData("1/2")]
    [InlineData("9/10")]
    [InlineData("1/20")]
    public void Estimate_NoisyGaussianHistograms_IntervalCoversTrueQuantileAtLeast95Percent(string pText)
    {
        // A skewed data set of 3,000 values in [0, 100): value i ↦ 100·(i/3000)².
        var values = Enumerable.Range(0, 3000).Select(i => 100.0 * i * i / (3000.0 * 3000.0)).ToArray();
        var exact = new long[Bins];
        foreach (var v in values) exact[(int)(v / (100.0 / Bins))]++;
        var p = Rational.Parse(pText);
        var truth = values.Order().ElementAt((int)Math.Ceiling(p.ToDouble() * values.Length) - 1);

        var sigmaSquared = GaussianMechanism.SigmaSquaredFor(new Rational(1, 20), 1);
        var halfWidth = GaussianMechanism.ConfidenceHalfWidth(sigmaSquared, NoiseQuantiles.SimultaneousConfidence(0.95, Bins));
        var rng = new CryptoRandomBits();
        var covered = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var noisy = exact.Select(c => GaussianMechanism.Release(c, sigmaSquared, rng)).ToArray();
            var estimate = HistogramQuantile.Estimate(noisy, 0, 100, p, halfWidth);
            covered += estimate.IntervalLower.ToDouble() <= truth && truth <= estimate.IntervalUpper.ToDouble() ? 1 : 0;
        }
        // Guaranteed coverage ≥ 0.95; sd of the rate ≈ 0.003, so 0.935 is 5 sd below the guarantee.
        Assert.True(covered / (double)Trials >= 0.935, $"coverage {covered / (double)Trials:F4}");
    }
}
