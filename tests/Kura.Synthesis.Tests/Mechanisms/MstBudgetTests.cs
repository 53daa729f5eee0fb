using Kura.Privacy;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis.Tests.Mechanisms;

public class MstBudgetTests
{
    [Theory]
    [InlineData("1e-9", "0.1", 9)]
    [InlineData("1e-9", "1", 9)]
    [InlineData("1e-9", "10", 3)]
    [InlineData("1e-6", "3", 40)]
    public void Split_AnyBudget_PartsAddUpToRhoExactly(string delta, string epsilon, int columns)
    {
        var rho = ZcdpConversion.MaxRhoWithin(Rational.Parse(epsilon), Rational.Parse(delta));
        var budget = MstBudget.Split(rho, columns);
        Assert.Equal(rho, budget.OneWayRho + budget.SelectionRho + budget.TwoWayRho);
        Assert.Equal(columns - 1, budget.SelectionRounds);
        Assert.True(budget.SelectionRho <= rho / 3);
        // Rounding moves at most a hair of the selection third to the measurements.
        Assert.True((budget.OneWayRho - rho / 3).ToDouble() >= 0);
        Assert.True((budget.OneWayRho - rho / 3).ToDouble() < 1e-15);
    }

    [Theory]
    [InlineData("1e-9", "1", 9)]
    [InlineData("1e-9", "0.1", 4)]
    [InlineData("1e-6", "3", 40)]
    public void Split_WithATarget_PartsAddUpAndEveryPairGetsTheSameNoise(string delta, string epsilon, int columns)
    {
        var rho = ZcdpConversion.MaxRhoWithin(Rational.Parse(epsilon), Rational.Parse(delta));
        var budget = MstBudget.Split(rho, columns, targeted: true);
        Assert.Equal(rho, budget.OneWayRho + budget.SelectionRho + budget.TargetPairsRho + budget.TreeRho);
        Assert.Equal(columns - 2, budget.SelectionRounds);
        // σ² = k/(2ρ) per part: the target's d − 1 pairs and the tree's d − 2 pairs are measured with equal noise.
        Assert.Equal(MarginalMeasurement.SigmaSquaredFor(budget.TargetPairsRho, columns - 1),
            MarginalMeasurement.SigmaSquaredFor(budget.TreeRho, columns - 2));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Split_TreeOverTwoColumns_SelectsNothingAndGivesTheForcedPairTheSameNoise(int columns, bool targeted)
    {
        // The tree spans two columns, so its one edge is forced: no selection round, nothing spent on choosing.
        var rho = new Rational(1, 5);
        var budget = MstBudget.Split(rho, columns, targeted);
        Assert.Equal(0, budget.SelectionRounds);
        Assert.Equal(Rational.Zero, budget.SelectionRho);
        Assert.Equal(rho / 2, budget.OneWayRho);
        Assert.Equal(rho / 2, budget.TwoWayRho);
        var targetPairs = targeted ? columns - 1 : 0;
        if (targeted)
            Assert.Equal(MarginalMeasurement.SigmaSquaredFor(budget.TargetPairsRho, targetPairs), MarginalMeasurement.SigmaSquaredFor(budget.TreeRho, 1));
        else
            Assert.Equal(rho / 2, budget.TreeRho);
    }

    [Fact]
    public void Split_TwoColumnsWithATarget_SelectsNothingAndMeasuresTheOnePair()
    {
        var budget = MstBudget.Split(new Rational(1, 5), 2, targeted: true);
        Assert.Equal(0, budget.SelectionRounds);
        Assert.Equal(Rational.Zero, budget.SelectionRho + budget.TreeRho);
        Assert.Equal(new Rational(1, 10), budget.OneWayRho);
        Assert.Equal(new Rational(1, 10), budget.TargetPairsRho);
    }

    [Fact]
    public void Split_WithoutATarget_MeasuresNoTargetPairs() =>
        Assert.Equal(Rational.Zero, MstBudget.Split(new Rational(1, 5), 6).TargetPairsRho);

    [Fact]
    public void Split_OneColumn_SpendsEverythingOnTheOneWayMarginal()
    {
        var budget = MstBudget.Split(new Rational(1, 5), 1);
        Assert.Equal(new Rational(1, 5), budget.OneWayRho);
        Assert.Equal(Rational.Zero, budget.SelectionRho + budget.TwoWayRho);
    }

    [Fact]
    public void Split_NonPositiveRho_Throws() =>
        Assert.Throws<PrivacyParameterException>(() => MstBudget.Split(Rational.Zero, 3));

    [Fact]
    public void Split_TargetWithoutAnotherColumn_Throws() =>
        Assert.Throws<PrivacyParameterException>(() => MstBudget.Split(Rational.One, 1, targeted: true));
}
