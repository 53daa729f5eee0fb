using Kura.Core;
using Kura.Synthesis.Evaluation;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Evaluation;

public class HoldoutSplitTests
{
    [Fact]
    public void Split_Fraction_PartitionsTheRows()
    {
        var table = Tables.Chain(1_001, 3, 4);
        var (train, test) = HoldoutSplit.Split(table, 0.2);
        Assert.Equal(200, test.RowCount);
        Assert.Equal(801, train.RowCount);
        var whole = MarginalCounts.Count(table, [0, 1, 2]);
        var parts = MarginalCounts.Count(train, [0, 1, 2]).Zip(MarginalCounts.Count(test, [0, 1, 2]), (a, b) => a + b);
        Assert.Equal(whole, parts);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Split_FractionOutsideOpenUnitInterval_Throws(double fraction) =>
        Assert.Throws<KuraException>(() => HoldoutSplit.Split(Tables.Chain(10, 2, 2), fraction));
}
