using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;
using Xunit.Abstractions;

namespace Kura.Privacy.StatisticalTests;

public class LaplaceMechanismTests(ITestOutputHelper output)
{
    private const int CoverageDraws = 100_000;
    private const int AuditRuns = 1_000_000;
    private static readonly long[] AuditThresholds = [0, 1, 2, 3];

    [Theory]
    [InlineData("100", true)]
    [InlineData("1000/3", true)]
    [InlineData("1", false)]
    [InlineData("1/4", false)]
    public void ConfidenceHalfWidth_HundredThousandReleases_CoverAtTheStatedRate(string scaleText, bool nearNominal)
    {
        var scale = Rational.Parse(scaleText);
        var t = LaplaceMechanism.ConfidenceHalfWidth(scale, 0.95);
        var rng = new CryptoRandomBits();
        var covered = 0;
        for (var i = 0; i < CoverageDraws; i++)
            covered += BigInteger.Abs(LaplaceMechanism.Release(-7, scale, rng) + 7) <= t ? 1 : 0;
        var empirical = (double)covered / CoverageDraws;
        output.WriteLine($"half-width {t}: empirical coverage {empirical:F4}");
        var (pmf, _) = Draws.DiscreteLaplace(scale.ToDouble());
        var exactCoverage = Enumerable.Range(-(int)t, 2 * (int)t + 1).Sum(x => pmf(x));
        Assert.InRange(empirical, exactCoverage - 0.01, exactCoverage + 0.01);
        Assert.True(exactCoverage >= 0.95 - 1e-12);
        if (nearNominal)
            Assert.InRange(empirical, 0.94, 0.96);
    }

    [Fact]
    public void Release_AuditOnNeighbouringCounts_StaysBelowEpsilonAndNearlyReachesIt()
    {
        var epsilon = 1.0;
        var scale = LaplaceMechanism.ScaleFor(1, 1);
        var lower = PrivacyAudit.EpsilonLowerBound(
            rng => LaplaceMechanism.Release(0, scale, rng),
            rng => LaplaceMechanism.Release(1, scale, rng),
            AuditThresholds, AuditRuns, 0);
        output.WriteLine($"audit: lower bound {lower:F4}, claimed {epsilon}");
        Assert.True(lower <= epsilon, $"empirical epsilon lower bound {lower:F3} exceeds the claimed {epsilon}");
        // For S = {y ≥ T ≥ 1} the likelihood ratio is exactly e^ε, so the audit certifies nearly all of it.
        Assert.True(lower > 0.95, $"audit found only {lower:F3}");
    }

    [Fact]
    public void Release_AuditOfUnderNoisedMechanism_DetectsTheViolation()
    {
        // Scale for ε = 2 while claiming ε = 1.
        var scale = LaplaceMechanism.ScaleFor(2, 1);
        var lower = PrivacyAudit.EpsilonLowerBound(
            rng => LaplaceMechanism.Release(0, scale, rng),
            rng => LaplaceMechanism.Release(1, scale, rng),
            AuditThresholds, AuditRuns, 0);
        output.WriteLine($"under-noised audit: lower bound {lower:F4}, claimed 1");
        Assert.True(lower > 1.0, $"audit lower bound {lower:F3} did not exceed 1");
    }
}
