using Kura.Sql.Binding;

namespace Kura.Sql.Tests;

public class KeyTextTests
{
    [Fact]
    public void FromValue_DoublesEqualTo15Digits_StayDistinct()
    {
        var sum = 0.1 + 0.2;
        Assert.NotEqual(KeyText.FromValue(0.3, SqlType.Number), KeyText.FromValue(sum, SqlType.Number));
        Assert.Equal(sum, double.Parse(KeyText.FromValue(sum, SqlType.Number)!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FromValue_NeighbouringDoubles_AreInjective()
    {
        // Runs of adjacent doubles (one unit in the last place apart) around values where rounding bites.
        var doubles = new HashSet<double>();
        double[] seeds = [0.3, 1, 1e15, 123456.789, 1e-7, 1e20, 1e-300, 1e300];
        foreach (var seed in seeds)
            foreach (var start in new[] { seed, -seed })
                for (double d = start, step = 0; step < 50; step++, d = Math.BitIncrement(d))
                    doubles.Add(d);
        doubles.UnionWith([double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, 1]);
        var texts = doubles.Select(d => KeyText.FromValue(d, SqlType.Number)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(doubles.Count, texts.Count);
    }

    [Fact]
    public void FromValue_NegativeZero_IsZeroLikeTheBackendGroup()
    {
        Assert.Equal("0", KeyText.FromValue(-0.0, SqlType.Number));
        Assert.Equal("0", KeyText.FromValue(0.0, SqlType.Number));
    }

    [Fact]
    public void FromValue_WholeAndShortDoubles_MatchDeclaredDomainText()
    {
        Assert.Equal(KeyText.FromDeclared("30", SqlType.Integer), KeyText.FromValue(30.0, SqlType.Integer));
        Assert.Equal(KeyText.FromDeclared("0.1", SqlType.Number), KeyText.FromValue(0.1, SqlType.Number));
        Assert.Equal(KeyText.FromDeclared("100000000000000000000", SqlType.Number), KeyText.FromValue(1e20, SqlType.Number));
        Assert.Equal(KeyText.FromDeclared("1.50", SqlType.Number), KeyText.FromValue(1.5m, SqlType.Number));
    }

    [Fact]
    public void FromValue_TimestampsOnOneDay_StayDistinct()
    {
        var midnight = new DateTime(2024, 1, 2);
        Assert.Equal("2024-01-02", KeyText.FromValue(midnight, SqlType.Date));
        Assert.NotEqual(KeyText.FromValue(midnight, SqlType.Date), KeyText.FromValue(midnight.AddHours(10), SqlType.Date));
    }

    [Fact]
    public void FromValue_TextOfNumberType_IsNotReparsed()
    {
        Assert.NotEqual(KeyText.FromValue("1.0", SqlType.Number), KeyText.FromValue("1", SqlType.Number));
    }
}
