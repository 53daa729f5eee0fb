namespace Kura.Privacy.StatisticalTests;

// The statistical assertions are only as good as these references, so they are checked against known values.
public class SpecialFunctionsTests
{
    [Fact]
    public void GammaQ_KnownValues_Match()
    {
        Assert.Equal(Math.Exp(-2.5), SpecialFunctions.GammaQ(1, 2.5), 12);
        // Chi-square df = 10 at 23.209 has p = 0.01; df = 100 at 124.342 has p = 0.05.
        Assert.Equal(0.01, SpecialFunctions.GammaQ(5, 23.209 / 2), 4);
        Assert.Equal(0.05, SpecialFunctions.GammaQ(50, 124.342 / 2), 4);
    }

    [Fact]
    public void NormalTwoSided_KnownValues_Match()
    {
        Assert.Equal(0.05, GoodnessOfFit.NormalTwoSided(1.959964), 6);
        Assert.Equal(1.2e-7, GoodnessOfFit.NormalTwoSided(5.3), 8);
    }

    [Fact]
    public void ClopperPearson_KnownValues_Match()
    {
        // 5 of 10 at two-sided 95%: [0.187086, 0.812914].
        Assert.Equal(0.187086, ClopperPearson.Lower(5, 10, 0.025), 5);
        Assert.Equal(0.812914, ClopperPearson.Upper(5, 10, 0.025), 5);
        // Large n: close to the normal approximation.
        var lower = ClopperPearson.Lower(300_000, 1_000_000, 1e-8);
        Assert.InRange(lower, 0.3 - 6.0 * Math.Sqrt(0.21 / 1e6), 0.3 - 5.4 * Math.Sqrt(0.21 / 1e6));
    }

    [Fact]
    public void GoodnessOfFit_WrongDistribution_IsRejected()
    {
        // Draws from a fair die tested against a loaded one must fail: the test has power.
        var observed = new Dictionary<long, long> { [0] = 100_000, [1] = 100_000, [-1] = 100_000 };
        double Pmf(long x) => x == 0 ? 0.36 : Math.Abs(x) == 1 ? 0.32 : 0;
        Assert.True(GoodnessOfFit.Test(observed, Pmf, 300_000).PValue < GoodnessOfFit.FailBelow);
    }
}
