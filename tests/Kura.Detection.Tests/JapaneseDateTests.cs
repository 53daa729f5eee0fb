namespace Kura.Detection.Tests;

public class JapaneseDateTests
{
    [Theory]
    [InlineData("1970-03-12", 1970, 3, 12, false)]
    [InlineData("1970/3/12", 1970, 3, 12, false)]
    [InlineData("1970.03.12", 1970, 3, 12, false)]
    [InlineData("19700312", 1970, 3, 12, false)]
    [InlineData("1970年3月12日", 1970, 3, 12, false)]
    [InlineData("１９７０年３月１２日", 1970, 3, 12, false)]
    [InlineData("1970-03-12 00:00:00", 1970, 3, 12, false)]
    [InlineData("1970-03-12T09:30:00Z", 1970, 3, 12, false)]
    [InlineData("昭和45年3月12日", 1970, 3, 12, true)]
    [InlineData("昭和 45年3月12日", 1970, 3, 12, true)]
    [InlineData("S45.3.12", 1970, 3, 12, true)]
    [InlineData("s45/03/12", 1970, 3, 12, true)]
    [InlineData("平成元年1月8日", 1989, 1, 8, true)]
    [InlineData("H1/1/8", 1989, 1, 8, true)]
    [InlineData("令和6年10月1日", 2024, 10, 1, true)]
    [InlineData("R6-10-01", 2024, 10, 1, true)]
    [InlineData("大正12年9月1日", 1923, 9, 1, true)]
    [InlineData("明治45年7月29日", 1912, 7, 29, true)]
    public void TryParse_SupportedForm_ParsesDateAndEraFlag(string text, int year, int month, int day, bool era)
    {
        Assert.True(JapaneseDate.TryParse(text, out var date, out var usesEra));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(era, usesEra);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("昭和0年1月1日")]
    [InlineData("12345678")]
    [InlineData("12:30")]
    [InlineData("本態性高血圧症")]
    [InlineData("2023-1")]
    public void TryParse_NotADate_False(string? text) => Assert.False(JapaneseDate.TryParse(text, out _));
}
