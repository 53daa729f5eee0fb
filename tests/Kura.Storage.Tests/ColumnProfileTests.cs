using Kura.Core;
using Kura.Storage.Intake;

namespace Kura.Storage.Tests;

public class ColumnProfileTests
{
    private static ColumnProfile Observe(params string[] values)
    {
        var profile = new ColumnProfile();
        for (var i = 0; i < values.Length; i++) profile.Observe(values[i], i + 2);
        return profile;
    }

    [Fact]
    public void InferredType_Integers_IsInteger() => Assert.Equal(ColumnType.Integer, Observe("1", "", "-20").InferredType);

    [Fact]
    public void InferredType_MixedIntegerAndDecimal_IsDecimalWithMaxScale()
    {
        var profile = Observe("1", "2.5", "3.125");
        Assert.Equal(ColumnType.Decimal, profile.InferredType);
        Assert.Equal(3, profile.Scale);
    }

    [Fact]
    public void InferredType_EraDates_IsJapaneseDate()
    {
        var profile = Observe("令和5年4月1日", "R5.4.1", "平成31年4月30日", "令和元年5月1日");
        Assert.Equal(ColumnType.Date, profile.InferredType);
        Assert.Equal(DateNotation.Japanese, profile.DateNotation);
    }

    [Fact]
    public void InferredType_IsoDates_IsIsoDate()
    {
        var profile = Observe("2023-04-01", "2024-02-29");
        Assert.Equal(ColumnType.Date, profile.InferredType);
        Assert.Equal(DateNotation.Iso, profile.DateNotation);
    }

    [Fact]
    public void InferredType_LeadingZeroCodes_IsText() => Assert.Equal(ColumnType.Text, Observe("0012", "0100").InferredType);

    [Fact]
    public void InferredType_AllEmpty_IsText() => Assert.Equal(ColumnType.Text, Observe("", "").InferredType);

    [Fact]
    public void FirstMismatch_TextAfterNumbers_ReportsLineOfText()
    {
        var profile = Observe("1", "2", "x", "4");
        Assert.Equal(4, profile.FirstMismatch(ColumnType.Integer));
        Assert.Null(profile.FirstMismatch(ColumnType.Text));
    }
}
