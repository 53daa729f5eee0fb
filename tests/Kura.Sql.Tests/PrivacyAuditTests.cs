using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Sql.Planning;
using Kura.Sql.Release;

namespace Kura.Sql.Tests;

/// <summary>
/// Empirical privacy audit of DpQueryRelease on neighbouring datasets: D, and D plus one person with the most
/// bounded rows (all in one group, all at the clamp bound). For an output event E, ln(P[E|D'] / P[E|D]) with
/// Hoeffding margins (95% each) is a lower bound on ε; it must stay below the claimed ε. A canary with
/// understated sensitivity shows the audit has power.
/// </summary>
public class PrivacyAuditTests
{
    private const int Trials = 6000;
    private static readonly double Margin = Math.Sqrt(Math.Log(2 / 0.025) / (2.0 * Trials));

    private static double LowerBound(double pNeighbour, double pBase, double delta = 0) =>
        Math.Log(Math.Max(1e-12, pNeighbour - Margin - delta) / Math.Min(1, pBase + Margin));

    private static double EventRate(DpQueryPlan plan, long[] exact, Func<decimal, bool> happened)
    {
        var rng = new CryptoRandomBits();
        var scalars = plan.Measurements.Count;
        object?[] row = [0L, null, .. exact.Select(v => (object?)new System.Numerics.BigInteger(v)), null];
        var hits = 0;
        for (var i = 0; i < Trials; i++)
            if (happened(DpQueryRelease.Release(plan, [row], rng).Rows[0].Cells[0].Estimate!.Value)) hits++;
        Assert.Equal(scalars, exact.Length);
        return hits / (double)Trials;
    }

    private static DpQueryPlan PurePlan(string sql) => TestCatalog.Prepare(sql,
        options: new BoundingOptions { Mode = PrivacyMode.PureEpsilon, Epsilon = 1, MaxRowsPerPerson = 5 }).Plan;

    [Fact]
    public void Release_CountPureEpsilon_EmpiricalEpsilonBelowClaim()
    {
        var plan = PurePlan("SELECT COUNT(*) FROM claims");
        // The neighbour adds a person with 5 bounded rows; the tail event's likelihood ratio is exactly e^ε.
        var neighbour = EventRate(plan, [105], v => v >= 105);
        var baseline = EventRate(plan, [100], v => v >= 105);
        var bound = LowerBound(neighbour, baseline);
        Assert.InRange(bound, 0.3, 1.0);
    }

    [Fact]
    public void Release_CountWithUnderstatedSensitivity_AuditDetectsViolation()
    {
        var plan = PurePlan("SELECT COUNT(*) FROM claims");
        var broken = plan with { Measurements = [plan.Measurements[0] with { L1Sensitivity = 1, L2SensitivitySquared = 1 }] };
        var bound = LowerBound(EventRate(broken, [105], v => v >= 103), EventRate(broken, [100], v => v >= 103));
        Assert.True(bound > 1.0, $"audit lower bound {bound} should exceed the claimed epsilon 1");
    }

    [Fact]
    public void Release_SumPureEpsilon_EmpiricalEpsilonBelowClaim()
    {
        var plan = PurePlan("SELECT SUM(age) FROM claims");
        // 5 rows at the upper bound 120 add 600; clamping makes that the most one person can add.
        var bound = LowerBound(EventRate(plan, [10_600], v => v >= 10_600), EventRate(plan, [10_000], v => v >= 10_600));
        Assert.InRange(bound, 0.3, 1.0);
    }

    [Fact]
    public void Release_CountZcdp_EmpiricalEpsilonBelowConvertedClaim()
    {
        var plan = TestCatalog.Prepare("SELECT COUNT(*) FROM claims", options: new BoundingOptions { Epsilon = 1, MaxRowsPerPerson = 5 }).Plan;
        var delta = 1e-6;
        var claimed = ZcdpConversion.EpsilonUpperBound(plan.Cost.Rho, new Rational(1, 1_000_000)).ToDouble();
        var bound = LowerBound(EventRate(plan, [105], v => v >= 110), EventRate(plan, [100], v => v >= 110), delta);
        Assert.True(bound < claimed, $"audit lower bound {bound} exceeds the claimed epsilon {claimed}");
        Assert.True(bound > 0.5, $"audit lower bound {bound} is implausibly small for sigma = 5");
    }

    [Fact]
    public void Release_NewGroupOfOnePerson_NeverReleased()
    {
        var q = TestCatalog.Prepare("SELECT 傷病名, COUNT(*) FROM claims GROUP BY 傷病名",
            options: new BoundingOptions { Epsilon = 1, MaxRowsPerPerson = 5, PartitionDelta = 0.00001m });
        var rng = new CryptoRandomBits();
        object?[] row = [0L, "only-one-person", null, new System.Numerics.BigInteger(5), null];
        // Each release recomputes the rigorous threshold (a few ms), so fewer trials; any leak at δ = 1e-5 is a bug.
        for (var i = 0; i < 300; i++)
            Assert.Empty(DpQueryRelease.Release(q.Plan, [row], rng).Rows);
    }
}
