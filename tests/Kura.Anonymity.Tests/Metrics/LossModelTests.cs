using Kura.Anonymity.Metrics;
using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Metrics;

public class LossModelTests
{
    // Shares: a value 1/4, a band 2/4, * 4/4; n = 4, so each attribute's sum S maps to (S − 1) / 3.
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 1.0 / 3)]
    [InlineData(2, 1.0)]
    public void StaticBound_Level_IsNormalisedShareSum(int level, double expected)
    {
        var model = new LossModel(Tiny.Encoded());

        Assert.Equal(expected, model.StaticBound([level]), 12);
    }

    [Fact]
    public void Value_TwoSuppressedAtLevelZero_CostsOneEach()
    {
        var model = new LossModel(Tiny.Encoded());
        // Ages 2 and 3 (leaf codes 1 and 2) suppressed: S = 2·¼ + 2·1 = 2.5, so (2.5 − 1) / 3 = 0.5.
        var classes = new NodeClasses([0], [1, 2], [1, 1], 2, 4, 6);

        var value = model.Value(classes, out var bound);

        Assert.Equal(0.5, value, 12);
        Assert.Equal(0.0, bound, 12);
    }

    [Fact]
    public void StaticBound_TwoAttributes_IsGeometricMeanOfOnePlusLoss()
    {
        var table = Tables.Columns(("a", ["1", "2", "3", "4"]), ("b", ["1", "2", "3", "4"]));
        var spec = new AnonymizationSpec { QuasiIdentifiers = [new QuasiIdentifier("a", Tiny.Ages), new QuasiIdentifier("b", Tiny.Ages)] };
        var model = new LossModel(Kura.Anonymity.Encoding.EncodedTable.Encode(table, spec));

        // a at level 2 loses 1, b at level 0 loses 0: √(2·1) − 1.
        Assert.Equal(Math.Sqrt(2) - 1, model.StaticBound([2, 0]), 12);
    }
}
