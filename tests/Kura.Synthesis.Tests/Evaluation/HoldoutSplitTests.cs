using Kura.Core;
using Kura.Synthesis.Evaluation;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Evaluation;

public class HoldoutSplitTests
{
    [Fact]
    public void Split_Fraction_PartitionsTheRowsWithBinomialTestSize()
    {
        var table = Tables.Chain(1_001, 3, 4);
        var (train, test) = HoldoutSplit.Split(table, 0.2);
        // Poisson split: test size ~ Binomial(1001, 0.2), mean 200.2, sd 12.7; ±7 sd fails with p < 1e-11.
        Assert.InRange(test.RowCount, 111, 289);
        Assert.Equal(1_001, train.RowCount + test.RowCount);
        var whole = MarginalCounts.Count(table, [0, 1, 2]);
        var parts = MarginalCounts.Count(train, [0, 1, 2]).Zip(MarginalCounts.Count(test, [0, 1, 2]), (a, b) => a + b);
        Assert.Equal(whole, parts);
    }

    [Fact]
    public void Split_RowsWithDistinctIds_EveryRowLandsInExactlyOnePart()
    {
        // Column 0 numbers the rows, so a row fitted and also held out (or dropped, or copied) shows up by its id;
        // equal marginal counts over repeated values cannot show that.
        const int rows = 500;
        var table = Tables.FromRows([rows, 2], [.. Enumerable.Range(0, rows).Select(r => new[] { r, r % 2 })]);

        var (train, test) = HoldoutSplit.Split(table, 0.3);

        var trainIds = train.Column(0).ToArray();
        var testIds = test.Column(0).ToArray();
        Assert.NotEmpty(trainIds);
        Assert.NotEmpty(testIds);
        Assert.Empty(trainIds.Intersect(testIds));
        Assert.Equal(Enumerable.Range(0, rows), trainIds.Concat(testIds).Order());
        // Rows move whole: each part's second column still belongs to its id.
        Assert.All(new[] { train, test }, part => Assert.All(Enumerable.Range(0, part.RowCount), r => Assert.Equal(part.Column(0)[r] % 2, part.Column(1)[r])));
    }

    [Fact]
    public void Split_ManyTimes_EachRowGoesToTestWithTheFraction()
    {
        // 400 splits of 50 rows: 20,000 Bernoulli(0.25) draws, mean 5,000, sd 61; ±7 sd.
        var total = Enumerable.Range(0, 400).Sum(_ => HoldoutSplit.Split(Tables.Chain(50, 2, 2), 0.25).Test.RowCount);
        Assert.InRange(total, 5_000 - 427, 5_000 + 427);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Split_FractionOutsideOpenUnitInterval_Throws(double fraction) =>
        Assert.Throws<KuraException>(() => HoldoutSplit.Split(Tables.Chain(10, 2, 2), fraction));
}
