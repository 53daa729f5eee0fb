using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Tests;

public partial class RationalTests
{
    [Fact]
    public void Constructor_UnnormalisedInput_ReducesAndMovesSignToNumerator()
    {
        var r = new Rational(6, -4);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(2), r.Denominator);
    }

    [Fact]
    public void Constructor_ZeroDenominator_Throws() =>
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));

    [Fact]
    public void Default_IsZeroWithDenominatorOne()
    {
        Rational r = default;
        Assert.True(r.IsZero);
        Assert.Equal(BigInteger.One, r.Denominator);
        Assert.Equal(Rational.Zero, r);
        Assert.Equal("0", r.ToString());
    }

    [Fact]
    public void Arithmetic_MixedFractions_AreExact()
    {
        var a = new Rational(1, 3);
        var b = new Rational(1, 6);
        Assert.Equal(new Rational(1, 2), a + b);
        Assert.Equal(new Rational(1, 6), a - b);
        Assert.Equal(new Rational(1, 18), a * b);
        Assert.Equal(new Rational(2), a / b);
        Assert.Equal(new Rational(-1, 3), -a);
    }

    [Fact]
    public void Division_ByZero_Throws() =>
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);

    [Fact]
    public void Comparison_CrossMultiplies()
    {
        Assert.True(new Rational(1, 3) < new Rational(34, 100));
        Assert.True(new Rational(-1, 2) < new Rational(-1, 3));
        Assert.Equal(0, new Rational(2, 4).CompareTo(new Rational(1, 2)));
        Assert.True(new Rational(7, 5) >= new Rational(14, 10));
    }

    [Theory]
    [InlineData("7/2", 3, 4)]
    [InlineData("-7/2", -4, -3)]
    [InlineData("5", 5, 5)]
    [InlineData("-1/1000", -1, 0)]
    public void FloorCeiling_RoundTowardInfinities(string text, int floor, int ceiling)
    {
        var r = Rational.Parse(text);
        Assert.Equal(new BigInteger(floor), r.Floor());
        Assert.Equal(new BigInteger(ceiling), r.Ceiling());
    }

    [Fact]
    public void FromDecimal_OneBillionth_IsExact() =>
        Assert.Equal(new Rational(1, 1_000_000_000), Rational.FromDecimal(1e-9m));

    [Theory]
    [InlineData("0.1", 1, 10)]
    [InlineData("-2.50", -5, 2)]
    [InlineData("79228162514264337593543950335", 0, 0)]
    public void FromDecimal_Values_MatchParsedText(string text, int numerator, int denominator)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var expected = denominator == 0 ? Rational.Parse(text) : new Rational(numerator, denominator);
        Assert.Equal(expected, Rational.FromDecimal(value));
    }

    [Theory]
    [InlineData("1e-9", "1/1000000000")]
    [InlineData("0.5", "1/2")]
    [InlineData("3/7", "3/7")]
    [InlineData("-6/4", "-3/2")]
    [InlineData("2.5E+3", "2500")]
    [InlineData(" +12 ", "12")]
    [InlineData(".25", "1/4")]
    [InlineData("1.", "1")]
    [InlineData("-0.000", "0")]
    public void Parse_SupportedForms_GiveExactValue(string text, string canonical) =>
        Assert.Equal(canonical, Rational.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1/0")]
    [InlineData("1/-2")]
    [InlineData("1e")]
    [InlineData("1e99999")]
    [InlineData("1.2.3")]
    [InlineData("0x10")]
    [InlineData("1/2/3")]
    [InlineData("-")]
    public void Parse_Malformed_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => Rational.Parse(text));
        Assert.False(Rational.TryParse(text, out _));
    }

    [Fact]
    public void ToString_ThenParse_RoundTripsLargeValues()
    {
        var r = new Rational(BigInteger.Pow(3, 80) + 1, BigInteger.Pow(2, 90)) * -1;
        Assert.Equal(r, Rational.Parse(r.ToString()));
    }

    [Theory]
    [InlineData("1/3", 4, "0.3333")]
    [InlineData("2/3", 2, "0.67")]
    [InlineData("-1/8", 2, "-0.13")]
    [InlineData("-1/1000", 2, "0.00")]
    [InlineData("5/2", 0, "3")]
    public void ToDecimalString_RoundsHalfAwayFromZero(string text, int digits, string expected) =>
        Assert.Equal(expected, Rational.Parse(text).ToDecimalString(digits));

    [Fact]
    public void ToDouble_HugeAndTinyValues_AreAccurate()
    {
        Assert.Equal(1e-300, Rational.Parse("1e-300").ToDouble(), 1e-314);
        Assert.Equal(1.0 / 3.0, new Rational(1, 3).ToDouble());
        Assert.Equal(-2.5e200, Rational.Parse("-2.5e200").ToDouble() , 1e186);
    }

    [Fact]
    public void Pow_NegativeExponent_TakesReciprocal() =>
        Assert.Equal(new Rational(9, 4), new Rational(2, 3).Pow(-2));

    [Fact]
    public void BinaryPlaces_RoundInTheNamedDirection()
    {
        var third = new Rational(1, 3);
        Assert.Equal(new Rational(3, 8), third.CeilingToBinaryPlaces(3));
        Assert.Equal(new Rational(2, 8), third.FloorToBinaryPlaces(3));
        Assert.Equal(new Rational(-2, 8), (-third).CeilingToBinaryPlaces(3));
        Assert.Equal(new Rational(-3, 8), (-third).FloorToBinaryPlaces(3));
    }
}
