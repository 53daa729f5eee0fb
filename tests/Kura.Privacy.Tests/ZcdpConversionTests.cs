using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Tests;

public class ZcdpConversionTests
{
    [Fact]
    public void RhoForPureEpsilon_IsHalfSquare() =>
        Assert.Equal(new Rational(1, 8), ZcdpConversion.RhoForPureEpsilon(new Rational(1, 2)));

    // References: inf over α of the CKS bound and ρ + 2√(ρ ln(1/δ)), to 30 digits (mpmath, 50 digits).
    [Theory]
    [InlineData("1", "1e-9", "9.52146367179223224947859505461", "10.1045627763108781051778343613")]
    [InlineData("1/2", "1e-6", "5.22153444453016904422096144444", "5.7565217697569319786301213581")]
    [InlineData("1/100", "1e-5", "0.545725548274002405429075988967", "0.688614042441511187059722094708")]
    [InlineData("1e-6", "1e-9", "0.00680406082220621871479625527528", "0.0091055627763108781051778343613")]
    [InlineData("10", "1e-3", "25.0887264906946380332073969626", "26.622581362691099250390944075")]
    [InlineData("1/8", "1e-5", "2.16571554517548506431879812417", "2.52426295609404060378368443445")]
    public void EpsilonUpperBound_AgainstReference_IsAboveOptimumAndBelowClassic(string rho, string delta, string optimum, string classic)
    {
        var epsilon = ZcdpConversion.EpsilonUpperBound(Rational.Parse(rho), Rational.Parse(delta));
        var best = Rational.Parse(optimum);
        Assert.True(epsilon >= best - Rational.Parse("1e-28"), $"{epsilon.ToDouble()} is below the CKS optimum");
        Assert.True(epsilon <= best * (1 + Rational.Parse("1e-9")), $"{epsilon.ToDouble()} is not close to the optimum");
        Assert.True(epsilon <= Rational.Parse(classic));
    }

    [Fact]
    public void EpsilonUpperBound_ZeroRho_IsZero() =>
        Assert.Equal(Rational.Zero, ZcdpConversion.EpsilonUpperBound(0, Rational.Parse("1e-6")));

    [Fact]
    public void EpsilonUpperBound_IsMonotoneInRhoAndDelta()
    {
        var delta = Rational.Parse("1e-6");
        Assert.True(ZcdpConversion.EpsilonUpperBound(Rational.Parse("0.2"), delta) > ZcdpConversion.EpsilonUpperBound(Rational.Parse("0.1"), delta));
        Assert.True(ZcdpConversion.EpsilonUpperBound(Rational.Parse("0.1"), Rational.Parse("1e-9")) > ZcdpConversion.EpsilonUpperBound(Rational.Parse("0.1"), delta));
    }

    [Theory]
    [InlineData("1", "1e-9")]
    [InlineData("0.1", "1e-6")]
    [InlineData("3", "1e-5")]
    [InlineData("0.001", "1e-10")]
    public void MaxRhoWithin_FitsExactlyAndNoMore(string epsilonText, string deltaText)
    {
        var epsilon = Rational.Parse(epsilonText);
        var delta = Rational.Parse(deltaText);
        var rho = ZcdpConversion.MaxRhoWithin(epsilon, delta);
        Assert.True(rho.Sign > 0);
        Assert.True(ZcdpConversion.EpsilonUpperBound(rho, delta) <= epsilon);
        Assert.True(ZcdpConversion.EpsilonUpperBound(rho * (1 + Rational.Parse("1e-12")), delta) > epsilon);
    }

    [Theory]
    [InlineData("1", "0")]
    [InlineData("1", "1")]
    [InlineData("-1", "1e-6")]
    public void EpsilonUpperBound_InvalidArguments_Throw(string rho, string delta) =>
        Assert.Throws<PrivacyParameterException>(() => ZcdpConversion.EpsilonUpperBound(Rational.Parse(rho), Rational.Parse(delta)));
}
