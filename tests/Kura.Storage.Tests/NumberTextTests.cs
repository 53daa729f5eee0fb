using System.Text.RegularExpressions;
using Kura.Storage.Intake;

namespace Kura.Storage.Tests;

public class NumberTextTests
{
    [Theory]
    [InlineData("0", 1, 0)]
    [InlineData("-12", 2, 0)]
    [InlineData("3.25", 1, 2)]
    [InlineData("123456789012345678", 18, 0)]
    public void TryMeasure_CanonicalNumber_ReturnsDigitsAndScale(string text, int digits, int scale)
    {
        Assert.True(NumberText.TryMeasure(text, out var d, out var s));
        Assert.Equal((digits, scale), (d, s));
    }

    [Theory]
    [InlineData("007")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("1e3")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1,000")]
    [InlineData("１２")]
    [InlineData("1234567890123456789")]
    public void TryMeasure_NotCanonical_ReturnsFalse(string text) => Assert.False(NumberText.TryMeasure(text, out _, out _));

    [Theory]
    [InlineData("0")]
    [InlineData("-12")]
    [InlineData("1.5")]
    [InlineData("007")]
    [InlineData("12.345")]
    [InlineData("1234567890123456789")]
    public void Patterns_AgreeWithTryMeasure(string text)
    {
        var fitsInteger = NumberText.TryMeasure(text, out _, out var scale) && scale == 0 && !text.Contains('.');
        Assert.Equal(fitsInteger, Regex.IsMatch(text, $"^(?:{NumberText.IntegerPattern})$"));
        var fitsDecimal2 = NumberText.TryMeasure(text, out var digits, out scale) && scale <= 2 && digits <= 16;
        Assert.Equal(fitsDecimal2, Regex.IsMatch(text, $"^(?:{NumberText.DecimalPattern(2)})$"));
    }
}
