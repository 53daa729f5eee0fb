using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Model;

public class MarginalEstimatorTests
{
    // Three binary columns with a chain structure c0 – c1 – c2; every cell positive.
    private static readonly int[] Shape = [2, 2, 2];
    private static readonly double[] Joint = [30, 10, 5, 15, 8, 12, 4, 16];

    [Fact]
    public void Fit_ConsistentMarginalsOfATree_ReproducesThemExactly()
    {
        double[] ab = [40, 20, 20, 20], bc = [38, 22, 9, 31], a = [60, 40];
        var measurements = new[] { Exact([0, 1], ab), Exact([1, 2], bc), Exact([0], a) };
        var model = MarginalEstimator.Fit(Shape, measurements, 5_000);
        AssertClose(ab, model.Project([0, 1]), 1e-2);
        AssertClose(bc, model.Project([1, 2]), 1e-2);
        Assert.Equal(100, model.Total, 6);
    }

    [Fact]
    public void Fit_NoisyInconsistentMarginals_MatchesTheWeightedLeastSquaresSolution()
    {
        // 1-way c0 says [55, 45] with weight 1; the 2-way (c0, c1) sums to [62, 38] on c0 with weight 1 per cell.
        // For a model over (c0, c1) the least-squares fit splits the difference as a closed form (see below).
        var measurements = new[] { Exact([0], [55, 45]), Exact([0, 1], [40, 22, 18, 20]) };
        var model = MarginalEstimator.Fit([2, 2], measurements, 20_000);
        // Minimise (x00+x01−55)² + (x10+x11−45)² + Σ (xij − yij)² with all xij > 0: at the optimum each 2-way cell
        // moves by r/3 where r is its row's 1-way residual, so x = y + (55 − 62)/3 on row 0 and + (45 − 38)/3 on row 1.
        double[] expected = [40 - 7.0 / 3, 22 - 7.0 / 3, 18 + 7.0 / 3, 20 + 7.0 / 3];
        AssertClose(expected, model.Project([0, 1]), 0.05);
    }

    [Fact]
    public void Fit_MeasurementsFromTheJointOfATreeModel_MatchItsThreeWayMarginal()
    {
        var table = FromJoint();
        var measurements = new[] { Counts(table, [0, 1]), Counts(table, [1, 2]) };
        var model = MarginalEstimator.Fit(Shape, measurements, 5_000);
        // The max-entropy (tree) model has p(a,b,c) = p(a,b)p(b,c)/p(b).
        var ab = MarginalCounts.Count(table, [0, 1]);
        var bc = MarginalCounts.Count(table, [1, 2]);
        var b = MarginalCounts.Count(table, [1]);
        var expected = new double[8];
        for (var i = 0; i < 8; i++)
            expected[i] = (double)ab[i >> 1] * bc[i & 3] / b[(i >> 1) & 1];
        AssertClose(expected, MarginalQuery.Project(model, [0, 1, 2]), 0.05);
    }

    [Fact]
    public void EstimateTotal_Measurements_IsTheInverseVarianceWeightedMeanOfSums()
    {
        var precise = new FitMeasurement([0], [60, 40], [1, 1]);
        var vague = new FitMeasurement([0, 1], [50, 50, 50, 50], [0.25, 0.25, 0.25, 0.25]);
        // Variance of the sums: 2 and 16; weights 1/2 and 1/16.
        Assert.Equal((100 / 2.0 + 200 / 16.0) / (1 / 2.0 + 1 / 16.0), MarginalEstimator.EstimateTotal([precise, vague]), 9);
    }

    private static EncodedTable FromJoint()
    {
        var rows = new List<int[]>();
        for (var cell = 0; cell < Joint.Length; cell++)
        for (var k = 0; k < Joint[cell]; k++)
            rows.Add([cell >> 2, (cell >> 1) & 1, cell & 1]);
        return Tables.FromRows(Shape, rows);
    }

    private static FitMeasurement Counts(EncodedTable table, int[] columns) =>
        Exact(columns, MarginalCounts.Count(table, columns).Select(c => (double)c).ToArray());

    private static FitMeasurement Exact(int[] columns, double[] values) =>
        new(columns, values, Enumerable.Repeat(1.0, values.Length).ToArray());

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"cell {i}: expected {expected[i]:F4}, got {actual[i]:F4}");
    }
}
