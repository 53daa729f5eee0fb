using Kura.Privacy;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis.Tests.Mechanisms;

public class ExponentialSelectionTests
{
    [Fact]
    public void Select_LargeEpsilonAndClearWinner_PicksTheBest()
    {
        var rng = new CryptoRandomBits();
        for (var i = 0; i < 50; i++)
            Assert.Equal(2, ExponentialSelection.Select([10, 300, 1_000, 20], 1, 1, rng));
    }

    [Fact]
    public void Select_EpsilonZero_IsUniformOverCandidates()
    {
        var rng = new CryptoRandomBits();
        var seen = new int[3];
        for (var i = 0; i < 600; i++)
            seen[ExponentialSelection.Select([0, 1_000_000, 5], Rational.Zero, 1, rng)]++;
        Assert.All(seen, n => Assert.InRange(n, 120, 280));
    }

    [Fact]
    public void ZcdpCost_Epsilon_IsEpsilonSquaredOverEight() =>
        Assert.Equal(new Rational(1, 32), ExponentialSelection.ZcdpCost(new Rational(1, 2)));

    [Theory]
    [InlineData("1/3", 8)]
    [InlineData("0.0001", 1)]
    [InlineData("7", 35)]
    public void EpsilonWithin_Rounds_CostsAtMostRhoAndAlmostExactly(string rhoText, int rounds)
    {
        var rho = Rational.Parse(rhoText);
        var epsilon = ExponentialSelection.EpsilonWithin(rho, rounds);
        var cost = rounds * ExponentialSelection.ZcdpCost(epsilon);
        Assert.True(cost <= rho);
        Assert.True((rho - cost).ToDouble() < 1e-15);
    }

    [Fact]
    public void Select_InvalidArguments_ThrowParameterErrors()
    {
        var rng = new CryptoRandomBits();
        Assert.Throws<PrivacyParameterException>(() => ExponentialSelection.Select([], 1, 1, rng));
        Assert.Throws<PrivacyParameterException>(() => ExponentialSelection.Select([1], -1, 1, rng));
        Assert.Throws<PrivacyParameterException>(() => ExponentialSelection.Select([1], 1, 0, rng));
    }
}
