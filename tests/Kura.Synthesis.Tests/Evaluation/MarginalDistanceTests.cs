using Kura.Core;
using Kura.Synthesis.Evaluation;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Evaluation;

public class MarginalDistanceTests
{
    [Fact]
    public void Compare_SameRowsInAnotherOrder_IsZeroForEveryWay()
    {
        var table = Tables.Chain(500, 4, 3);
        var shuffled = table.SelectRows(Enumerable.Range(0, 500).Reverse().ToArray());
        for (var way = 1; way <= 3; way++)
        {
            var fit = MarginalDistance.Compare(table, shuffled, way);
            Assert.Equal(0, fit.WorstTvd, 12);
        }
        Assert.Equal(4, MarginalDistance.Compare(table, shuffled, 3).Marginals);
    }

    [Fact]
    public void Tvd_DisjointSupports_IsOne()
    {
        var real = Tables.FromRows([2, 2], [[0, 0], [0, 1]]);
        var synthetic = Tables.FromRows([2, 2], [[1, 0], [1, 1], [1, 1]]);
        Assert.Equal(1, MarginalDistance.Tvd(real, synthetic, [0]), 12);
        Assert.Equal(1.0 / 6, MarginalDistance.Tvd(real, synthetic, [1]), 12);
    }

    [Fact]
    public void Compare_WorstSet_IsNamedByColumns()
    {
        var real = Tables.FromRows([2, 2, 2], [[0, 0, 0], [0, 1, 0]]);
        var synthetic = Tables.FromRows([2, 2, 2], [[0, 0, 1], [0, 1, 1]]);
        var fit = MarginalDistance.Compare(real, synthetic, 1);
        Assert.Equal(["c2"], fit.WorstColumns);
        Assert.Equal(1.0 / 3, fit.MeanTvd, 12);
    }

    [Fact]
    public void Compare_DifferentDomains_Throws() =>
        Assert.Throws<KuraException>(() => MarginalDistance.Compare(Tables.FromRows([2], [[0]]), Tables.FromRows([3], [[0]]), 1));
}
