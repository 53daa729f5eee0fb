using Kura.Privacy.Arithmetic;
using Kura.Sql.Release;

namespace Kura.Sql.Tests;

public class DpQueryCostTests
{
    [Fact]
    public void For_ZcdpPublicKeys_SpendsHalfEpsilonSquared()
    {
        var q = TestCatalog.Prepare("SELECT sex, COUNT(*) FROM claims GROUP BY sex", options: new BoundingOptions { Epsilon = 0.5m });
        Assert.Equal(new Rational(1, 8), DpQueryCost.For(q.Plan).Rho);
        Assert.True(q.Cost.Delta.IsZero);
        Assert.True(q.Cost.PureEpsilon.IsZero);
    }

    [Fact]
    public void For_PureModeWithSelectedKeys_SpendsEpsilonAndDelta()
    {
        var q = TestCatalog.Prepare("SELECT 傷病名, COUNT(*) FROM claims GROUP BY 傷病名",
            options: new BoundingOptions { Mode = PrivacyMode.PureEpsilon, Epsilon = 2, PartitionDelta = 0.000001m });
        Assert.Equal(new Rational(2), q.Cost.PureEpsilon);
        Assert.Equal(new Rational(1, 1_000_000), q.Cost.Delta);
        Assert.True(q.Cost.Rho.IsZero);
    }

    [Fact]
    public void Plan_PersonWithManyRows_SensitivityScalesWithRowCap()
    {
        var q = TestCatalog.Prepare("SELECT COUNT(*), SUM(age) FROM claims", options: new BoundingOptions { MaxRowsPerPerson = 7 });
        Assert.Equal(7, (int)q.Plan.Measurements[0].L1Sensitivity);
        Assert.Equal(7 * 120, (int)q.Plan.Measurements[1].L1Sensitivity);
        Assert.Contains("\"__kura_rank\" <= 7", q.BackendSql);
    }

    [Fact]
    public void Plan_PersonCountsOverSmallPublicDomain_NeedNoRowCap()
    {
        var q = TestCatalog.Prepare("SELECT sex, COUNT(DISTINCT patient_id) FROM claims GROUP BY sex");
        Assert.DoesNotContain("__kura_rank", q.BackendSql);
        Assert.Equal(2, q.Plan.GroupBound);
        Assert.Equal(2, (int)q.Plan.Measurements[0].L2SensitivitySquared);
    }
}
