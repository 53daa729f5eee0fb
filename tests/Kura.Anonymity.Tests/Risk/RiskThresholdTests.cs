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
}
