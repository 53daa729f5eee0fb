using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Tests;

public class PrivacyCostTests
{
    [Fact]
    public void Addition_AddsEveryPart()
    {
        var a = new PrivacyCost(new Rational(1, 10), Rational.Parse("1e-9"), new Rational(1, 2));
        var b = new PrivacyCost(new Rational(1, 5), Rational.Parse("2e-9"), new Rational(1, 4));
        Assert.Equal(new PrivacyCost(new Rational(3, 10), Rational.Parse("3e-9"), new Rational(3, 4)), a + b);
    }

    [Fact]
    public void Persistence_AsThreeRationalStrings_RoundTrips()
    {
        var cost = new PrivacyCost(new Rational(1, 3), Rational.Parse("1e-9"), Rational.Parse("0.7"));
        var stored = (cost.Rho.ToString(), cost.Delta.ToString(), cost.PureEpsilon.ToString());
        Assert.Equal(cost, new PrivacyCost(Rational.Parse(stored.Item1), Rational.Parse(stored.Item2), Rational.Parse(stored.Item3)));
    }

    [Fact]
    public void Constructor_NegativePart_Throws()
    {
        Assert.Throws<PrivacyParameterException>(() => new PrivacyCost(-1, 0, 0));
        Assert.Throws<PrivacyParameterException>(() => new PrivacyCost(0, -1, 0));
        Assert.Throws<PrivacyParameterException>(() => new PrivacyCost(0, 0, -1));
    }

    [Fact]
    public void IsPure_OnlyWithoutRhoAndDelta()
    {
        Assert.True(PrivacyCost.FromPureEpsilon(1).IsPure);
        Assert.False(PrivacyCost.FromRho(1).IsPure);
        Assert.True(PrivacyCost.Zero.IsPure);
    }
}
