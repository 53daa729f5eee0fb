using Kura.Core;

namespace Kura.Core.Tests;

public class JapaneseEraDateTests
{
    [Theory]
    [InlineData("令和5年4月1日", 2023, 4, 1)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    [InlineData("昭和64年1月7日", 1989, 1, 7)]
    [InlineData("大正15年12月24日", 1926, 12, 24)]
    [InlineData("明治45年7月29日", 1912, 7, 29)]
    [InlineData("R5.4.1", 2023, 4, 1)]
    [InlineData("r05.04.01", 2023, 4, 1)]
    [InlineData("H31/4/30", 2019, 4, 30)]
    [InlineData("S64-1-7", 1989, 1, 7)]
    [InlineData("Ｒ５．４．１", 2023, 4, 1)]
    [InlineData("令和５年４月１日", 2023, 4, 1)]
    [InlineData(" 令和 5 年 4 月 1 日 ", 2023, 4, 1)]
    [InlineData("令和2年2月29日", 2020, 2, 29)]
    public void TryParse_ValidEraDate_ReturnsGregorianDate(string text, int year, int month, int day)
    {
        Assert.True(JapaneseEraDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("平成31年5月1日")]   // that day is 令和元年5月1日
    [InlineData("令和元年4月30日")]  // before Reiwa began
    [InlineData("昭和64年1月8日")]
    [InlineData("令和3年2月29日")]   // not a leap year
    [InlineData("令和5年13月1日")]
    [InlineData("令和5年4月")]
    [InlineData("R5.4")]
    [InlineData("R5.4/1")]
    [InlineData("X5.4.1")]
    [InlineData("2023-04-01")]
    [InlineData("令和0年4月1日")]
    [InlineData("")]
    [InlineData("令和5年4月1日x")]
    public void TryParse_NotAnEraDate_ReturnsFalse(string text)
    {
        Assert.False(JapaneseEraDate.TryParse(text, out _));
    }
}
