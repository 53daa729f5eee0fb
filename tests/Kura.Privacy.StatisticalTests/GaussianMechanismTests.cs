using System.Numerics;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;
using Xunit.Abstractions;

namespace Kura.Privacy.StatisticalTests;

public class GaussianMechanismTests(ITestOutputHelper output)
{
    private const int CoverageDraws = 100_000;
    private const int AuditRuns = 1_000_000;
    private static readonly long[] AuditThresholds = [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [InlineData("10000", true)]
    [InlineData("2500", true)]
    [InlineData("4", false)]
    [InlineData("1/2", false)]
    public void ConfidenceHalfWidth_HundredThousandReleases_CoverAtTheStatedRate(string sigmaSquaredText, bool nearNominal)
    {
        var sigmaSquared = Rational.Parse(sigmaSquaredText);
        var t = GaussianMechanism.ConfidenceHalfWidth(sigmaSquared, 0.95);
        var rng = new CryptoRandomBits();
        var exact = new BigInteger(12_345);
        var covered = 0;
        for (var i = 0; i < CoverageDraws; i++)
            covered += BigInteger.Abs(GaussianMechanism.Release(exact, sigmaSquared, rng) - exact) <= t ? 1 : 0;
        var empirical = (double)covered / CoverageDraws;
        output.WriteLine($"half-width {t}: empirical coverage {empirical:F4}");
        var (pmf, _) = Draws.DiscreteGaussian(sigmaSquared.ToDouble());
        var exactCoverage = Enumerable.Range(-(int)t, 2 * (int)t + 1).Sum(x => pmf(x));
        // sd of the empirical rate is ≤ 0.0016, so 0.01 is more than 6 sd.
        Assert.InRange(empirical, exactCoverage - 0.01, exactCoverage + 0.01);
        Assert.True(exactCoverage >= 0.95);
        if (nearNominal)
            Assert.InRange(empirical, 0.94, 0.96);
    }

    [Fact]
    public void Release_AuditOnNeighbouringCounts_StaysBelowClaimedEpsilon()
    {
        var rho = new Rational(1, 8);
        var delta = 1e-5;
        var sigmaSquared = GaussianMechanism.SigmaSquaredFor(rho, 1);
        var claimed = ZcdpConversion.EpsilonUpperBound(rho, Rational.Parse("1e-5")).ToDouble();
        var lower = PrivacyAudit.EpsilonLowerBound(
            rng => GaussianMechanism.Release(0, sigmaSquared, rng),
            rng => GaussianMechanism.Release(1, sigmaSquared, rng),
            AuditThresholds, AuditRuns, delta);
        output.WriteLine($"audit: lower bound {lower:F4}, claimed {claimed:F4}");
        Assert.True(lower <= claimed, $"empirical epsilon lower bound {lower:F3} exceeds the claimed {claimed:F3}");
        // The audit is not vacuous: it certifies a substantial part of the loss (expected ≈ 1.3).
        Assert.True(lower > 1.0, $"audit found only {lower:F3}");
    }

    [Fact]
    public void Release_AuditOfUnderNoisedMechanism_DetectsTheViolation()
    {
        // Noise for ρ = 1/2 while claiming ρ = 1/8: the audit must catch it (expected lower bound ≈ 3.0 > 2.17).
        var claimed = ZcdpConversion.EpsilonUpperBound(new Rational(1, 8), Rational.Parse("1e-5")).ToDouble();
        var sigmaSquared = GaussianMechanism.SigmaSquaredFor(new Rational(1, 2), 1);
        var lower = PrivacyAudit.EpsilonLowerBound(
            rng => GaussianMechanism.Release(0, sigmaSquared, rng),
            rng => GaussianMechanism.Release(1, sigmaSquared, rng),
            AuditThresholds, AuditRuns, 1e-5);
        output.WriteLine($"under-noised audit: lower bound {lower:F4}, claimed {claimed:F4}");
        Assert.True(lower > claimed, $"audit lower bound {lower:F3} did not exceed {claimed:F3}");
    }
}
