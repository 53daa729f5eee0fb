using Kura.Core;

namespace Kura.Anonymity.Tests.Risk;

public class RiskThresholdTests
{
    private static readonly RiskReport Report = new(0.2, 0.05, 0.1, 0.02, 0.04, false, 5);

    [Fact]
    public void EnsureWithin_AtCeilings_Passes()
    {
        new RiskThreshold(Highest: 0.2, Average: 0.05).EnsureWithin(Report);
    }

    [Theory]
    [InlineData(0.19, 0.05)]
    [InlineData(0.2, 0.049)]
    public void EnsureWithin_AboveACeiling_RefusesByPrivacy(double highest, double average)
    {
        var error = Assert.Throws<KuraException>(() => new RiskThreshold(highest, average).EnsureWithin(Report));

        Assert.Equal("KURA-ANON-RISK-EXCEEDED", error.Code);
        Assert.Equal(KuraErrorKind.RefusedByPrivacy, error.Kind);
    }

    [Theory]
    [InlineData(0.2, 5)]
    [InlineData(0.1, 10)]
    [InlineData(0.3, 4)]
    [InlineData(1.0 / 3, 3)]
    [InlineData(1.0, 1)]
    [InlineData(0.0001, 10_000)]
    public void SmallestClass_Ceiling_IsTheLeastSizeWhoseRiskIsWithin(double highest, int expected)
    {
        var threshold = new RiskThreshold(highest, 1);

        Assert.Equal(expected, threshold.SmallestClass);
        Assert.True(1.0 / threshold.SmallestClass <= highest);
        Assert.True(threshold.SmallestClass == 1 || 1.0 / (threshold.SmallestClass - 1) > highest);
    }

    [Theory]
    [InlineData(5, 100, true)]
    [InlineData(6, 100, false)]
    [InlineData(0, 0, true)]
    public void AverageWithin_ClassesOverRecords_ComparesWithTheCeiling(int classes, int records, bool expected)
    {
        Assert.Equal(expected, new RiskThreshold(1, 0.05).AverageWithin(classes, records));
    }
}
