using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Mechanisms;

public class MarginalCountsTests
{
    [Fact]
    public void Count_TwoColumns_IsRowMajorWithLastColumnFastest()
    {
        var table = Tables.FromRows([2, 3], [[0, 0], [1, 2], [1, 2], [0, 1]]);
        Assert.Equal([1, 1, 0, 0, 0, 2], MarginalCounts.Count(table, [0, 1]));
        Assert.Equal([1, 0, 1, 0, 0, 2], MarginalCounts.Count(table, [1, 0]));
    }
}
