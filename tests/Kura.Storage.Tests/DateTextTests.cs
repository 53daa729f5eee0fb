using Kura.Storage.Intake;

namespace Kura.Storage.Tests;

public class DateTextTests
{
    [Theory]
    [InlineData("2023-04-01", DateNotation.Iso)]
    [InlineData("2023/04/01", DateNotation.Japanese)]
    [InlineData("2023/4/1", DateNotation.Japanese)]
    [InlineData("2023-4-1", DateNotation.Japanese)]
    [InlineData("令和5年4月1日", DateNotation.Japanese)]
    [InlineData("R5.4.1", DateNotation.Japanese)]
    public void Classify_Date_ReturnsNotation(string text, DateNotation expected) =>
        Assert.Equal(expected, DateText.Classify(text));

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("20230401")]
    [InlineData("04/01/2023")]
    [InlineData("abc")]
    [InlineData("12")]
    public void Classify_NotADate_ReturnsNull(string text) => Assert.Null(DateText.Classify(text));

    [Fact]
    public void TryParseJapanese_SlashDate_ParsesDate()
    {
        Assert.True(DateText.TryParseJapanese("2024/2/29", out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }
}
