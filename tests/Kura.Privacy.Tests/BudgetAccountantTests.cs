using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Tests;

public class BudgetAccountantTests
{
    private static readonly PrivacyBudgetLimit PureLimit = new(1, 0);
    private static readonly PrivacyBudgetLimit ApproximateLimit = new(1, Rational.Parse("1e-6"));

    [Fact]
    public void TrySpend_PureSpendReachingLimitExactly_IsAllowed()
    {
        var decision = BudgetAccountant.TrySpend(PrivacyCost.FromPureEpsilon(new Rational(1, 2)), PrivacyCost.FromPureEpsilon(new Rational(1, 2)), PureLimit);
        Assert.True(decision.Allowed);
        Assert.Equal(Rational.One, decision.EpsilonSpent);
        Assert.Equal(Rational.Zero, decision.RemainingEpsilon);
    }

    [Fact]
    public void TrySpend_PureSpendPastLimitByTheSmallestAmount_IsRefusedAndLeavesTotal()
    {
        var spent = PrivacyCost.FromPureEpsilon(new Rational(1, 2));
        var request = PrivacyCost.FromPureEpsilon(new Rational(1, 2) + Rational.Parse("1e-40"));
        var decision = BudgetAccountant.TrySpend(spent, request, PureLimit);
        Assert.False(decision.Allowed);
        Assert.Equal(SpendRefusal.EpsilonExhausted, decision.Refusal);
        Assert.Same(spent, decision.Total);
        Assert.Equal(new Rational(1, 2), decision.RemainingEpsilon);
    }

    [Fact]
    public void TrySpend_RhoUnderPureBudget_IsRefused()
    {
        var decision = BudgetAccountant.TrySpend(PrivacyCost.Zero, PrivacyCost.FromRho(Rational.Parse("1e-9")), PureLimit);
        Assert.Equal(SpendRefusal.ApproximateDpNotAllowed, decision.Refusal);
    }

    [Fact]
    public void TrySpend_RhoAtMaxRhoWithin_FitsAndTheNextStepDoesNot()
    {
        var rho = ZcdpConversion.MaxRhoWithin(ApproximateLimit.Epsilon, ApproximateLimit.Delta);
        Assert.True(BudgetAccountant.TrySpend(PrivacyCost.Zero, PrivacyCost.FromRho(rho), ApproximateLimit).Allowed);
        var over = BudgetAccountant.TrySpend(PrivacyCost.Zero, PrivacyCost.FromRho(rho * (1 + Rational.Parse("1e-12"))), ApproximateLimit);
        Assert.False(over.Allowed);
        Assert.Equal(SpendRefusal.EpsilonExhausted, over.Refusal);
    }

    [Fact]
    public void TrySpend_SplitRho_ComposesAdditively()
    {
        var rho = ZcdpConversion.MaxRhoWithin(ApproximateLimit.Epsilon, ApproximateLimit.Delta);
        var first = BudgetAccountant.TrySpend(PrivacyCost.Zero, PrivacyCost.FromRho(rho / 2), ApproximateLimit);
        Assert.True(first.Allowed);
        Assert.True(BudgetAccountant.TrySpend(first.Total, PrivacyCost.FromRho(rho / 2), ApproximateLimit).Allowed);
        Assert.False(BudgetAccountant.TrySpend(first.Total, PrivacyCost.FromRho(rho * 3 / 4), ApproximateLimit).Allowed);
    }

    [Fact]
    public void TrySpend_MixedPureAndRho_AddsPureEpsilonToConvertedRho()
    {
        var rho = Rational.Parse("0.001");
        var spent = PrivacyCost.FromRho(rho);
        var expected = new Rational(1, 4) + ZcdpConversion.EpsilonUpperBound(rho, ApproximateLimit.Delta);
        var decision = BudgetAccountant.TrySpend(spent, PrivacyCost.FromPureEpsilon(new Rational(1, 4)), ApproximateLimit);
        Assert.True(decision.Allowed);
        Assert.Equal(expected, decision.EpsilonSpent);
    }

    [Fact]
    public void TrySpend_DeltaUsingAllOfLimitWithRho_IsRefused()
    {
        var request = new PrivacyCost(Rational.Parse("1e-6"), ApproximateLimit.Delta, 0);
        Assert.Equal(SpendRefusal.DeltaExhausted, BudgetAccountant.TrySpend(PrivacyCost.Zero, request, ApproximateLimit).Refusal);
    }

    [Fact]
    public void TrySpend_DeltaEqualToLimitWithoutRho_IsAllowed()
    {
        var request = new PrivacyCost(0, ApproximateLimit.Delta, new Rational(1, 2));
        Assert.True(BudgetAccountant.TrySpend(PrivacyCost.Zero, request, ApproximateLimit).Allowed);
    }

    [Fact]
    public void TrySpend_SelectionDeltaUnderPureBudget_IsRefused()
    {
        var request = new PrivacyCost(0, Rational.Parse("1e-12"), new Rational(1, 10));
        Assert.Equal(SpendRefusal.ApproximateDpNotAllowed, BudgetAccountant.TrySpend(PrivacyCost.Zero, request, PureLimit).Refusal);
    }

    [Fact]
    public void RemainingEpsilon_AfterSomeRho_IsLimitMinusConvertedEpsilon()
    {
        var spent = PrivacyCost.FromRho(Rational.Parse("0.001"));
        var remaining = BudgetAccountant.RemainingEpsilon(spent, ApproximateLimit);
        Assert.Equal(ApproximateLimit.Epsilon - ZcdpConversion.EpsilonUpperBound(spent.Rho, ApproximateLimit.Delta), remaining);
    }

    [Fact]
    public void MaxAdditionalRho_AfterPartialSpend_IsAllowedAndTight()
    {
        var spent = new PrivacyCost(Rational.Parse("0.002"), Rational.Parse("1e-7"), Rational.Parse("0.1"));
        var rho = BudgetAccountant.MaxAdditionalRho(spent, ApproximateLimit);
        Assert.True(BudgetAccountant.TrySpend(spent, PrivacyCost.FromRho(rho), ApproximateLimit).Allowed);
        Assert.False(BudgetAccountant.TrySpend(spent, PrivacyCost.FromRho(rho * (1 + Rational.Parse("1e-9"))), ApproximateLimit).Allowed);
        Assert.Equal(Rational.Zero, BudgetAccountant.MaxAdditionalRho(PrivacyCost.Zero, PureLimit));
    }
}
