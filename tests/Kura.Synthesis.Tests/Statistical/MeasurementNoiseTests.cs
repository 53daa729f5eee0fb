using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;
using Xunit.Abstractions;

namespace Kura.Synthesis.Tests.Statistical;

/// <summary>
/// The noise on measured marginals, as residuals (released − exact) of a known table measured many times, follows
/// the discrete Gaussian with σ² = k/(2ρ) computed here independently of the library.
/// </summary>
public class MeasurementNoiseTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, "1/8")]
    [InlineData(3, "1/2")]
    [InlineData(9, "0.0149")]
    public void Measure_KnownMarginals_ResidualsPassDiscreteGaussianGoodnessOfFit(int marginals, string rhoText)
    {
        var rho = Rational.Parse(rhoText);
        var sigmaSquared = marginals / (2 * rho.ToDouble());
        var table = Tables.FromRows([3, 2], [[0, 0], [2, 1], [2, 1], [1, 0], [2, 0]]);
        var cliques = Enumerable.Range(0, marginals).Select(i => i % 2 == 0 ? new[] { 0 } : new[] { 0, 1 }).ToArray();
        var rng = new CryptoRandomBits();
        var residuals = new Dictionary<long, long>();
        var draws = 0L;
        while (draws < 60_000)
        {
            foreach (var m in MarginalMeasurement.Measure(table, cliques, rho, rng))
            {
                var exact = MarginalCounts.Count(table, m.Columns);
                for (var i = 0; i < exact.Length; i++, draws++)
                    residuals[m.Counts[i] - exact[i]] = residuals.GetValueOrDefault(m.Counts[i] - exact[i]) + 1;
            }
        }
        var p = GoodnessOfFit(residuals, sigmaSquared, draws);
        output.WriteLine($"k={marginals}, ρ={rhoText}: σ²={sigmaSquared:F2}, {draws} residuals, p={p:E2}");
        Assert.True(p > ChiSquare.FailBelow, $"residuals do not fit N_Z(0, {sigmaSquared}): p = {p:E2}");
    }

    [Fact]
    public void GoodnessOfFit_WrongVariance_IsRejected()
    {
        // Residuals of σ² = 4 tested against σ² = 3: the check has power.
        var rng = new CryptoRandomBits();
        var residuals = new Dictionary<long, long>();
        for (var i = 0; i < 60_000; i++)
        {
            var x = (long)DiscreteGaussianSampler.Sample(4, rng);
            residuals[x] = residuals.GetValueOrDefault(x) + 1;
        }
        Assert.True(GoodnessOfFit(residuals, 3, 60_000) < ChiSquare.FailBelow);
    }

    private static double GoodnessOfFit(Dictionary<long, long> residuals, double sigmaSquared, long draws)
    {
        var edge = (long)Math.Ceiling(12 * Math.Sqrt(sigmaSquared)) + 2;
        double Weight(long x) => Math.Exp(-(double)x * x / (2 * sigmaSquared));
        var normaliser = 0.0;
        for (var x = -edge; x <= edge; x++)
            normaliser += Weight(x);
        var expected = new List<double>();
        var observed = new List<long>();
        for (var x = -edge; x <= edge; x++)
        {
            expected.Add(draws * Weight(x) / normaliser);
            observed.Add(residuals.GetValueOrDefault(x));
        }
        Assert.Equal(draws, observed.Sum() + residuals.Where(kv => Math.Abs(kv.Key) > edge).Sum(kv => kv.Value));
        return ChiSquare.PValue(expected, observed);
    }
}
