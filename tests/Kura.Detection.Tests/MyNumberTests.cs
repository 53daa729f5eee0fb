using Kura.Core;

namespace Kura.Detection.Tests;

public class MyNumberTests
{
    [Theory]
    [InlineData("123456789018")] // the specimen on the government's sample card
    [InlineData("983205673214")]
    [InlineData("000000000000")] // remainder 0 → check digit 0
    [InlineData("200000000000")] // 2×6 = 12, remainder 1 → check digit 0
    [InlineData("100000000005")] // 1×6 = 6 → 11 − 6 = 5
    [InlineData("000000000019")] // 1×2 = 2 → 11 − 2 = 9
    [InlineData("1234-5678-9018")]
    [InlineData("1234 5678 9018")]
    public void IsValid_CorrectCheckDigit_True(string text) => Assert.True(MyNumber.IsValid(text));

    [Theory]
    [InlineData("123456789010")]
    [InlineData("983205673210")]
    [InlineData("200000000001")]
    [InlineData("100000000000")]
    [InlineData("123456789019")]
    public void IsValid_WrongCheckDigit_False(string text) => Assert.False(MyNumber.IsValid(text));

    [Theory]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890180")]
    [InlineData("12345678901a")]
    [InlineData("1234-56789018")]
    [InlineData("1234-5678 9018")]
    [InlineData("１２３４５６７８９０１８")] // full-width: callers normalise first
    public void IsValid_Malformed_False(string text) => Assert.False(MyNumber.IsValid(text));

    [Theory]
    [InlineData(12345678901L, 8)]
    [InlineData(98320567321L, 4)]
    [InlineData(0L, 0)]
    public void ComputeCheckDigit_KnownBase_ExpectedDigit(long elevenDigits, int expected) =>
        Assert.Equal(expected, MyNumber.ComputeCheckDigit(elevenDigits));

    [Fact]
    public void FromBase_ThenToDigits_RoundTripsAndValidates()
    {
        var number = MyNumber.FromBase(12345678901L);
        var digits = number.ToDigits();
        Assert.Equal("123456789018", digits);
        Assert.True(MyNumber.TryParse(digits, out var parsed));
        Assert.Equal(number, parsed);
        Assert.Equal(12345678901L, parsed.Base);
    }

    [Fact]
    public void FromBase_KeepsLeadingZeros_TwelveDigits() =>
        Assert.Equal("000000000019", MyNumber.FromBase(1).ToDigits());

    [Theory]
    [InlineData(-1L)]
    [InlineData(100_000_000_000L)]
    public void FromBase_OutOfRange_ThrowsStableCode(long elevenDigits)
    {
        var error = Assert.Throws<KuraException>(() => MyNumber.FromBase(elevenDigits));
        Assert.Equal("KURA-MYNUMBER-RANGE", error.Code);
    }

    [Fact]
    public void ToString_Always_Redacted()
    {
        var number = MyNumber.FromBase(12345678901L);
        Assert.DoesNotContain("1234", number.ToString());
        Assert.DoesNotContain("1234", $"{number}");
    }

    [Fact]
    public void WriteDigits_ShortDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => MyNumber.FromBase(1).WriteDigits(new char[11]));
}
