using Kura.Core;
using Kura.Privacy.Sampling;

namespace Kura.Sql.Tests;

public class DpQueryReleaseTests
{
    private static readonly BoundingOptions Precise = new() { Epsilon = 10 };

    [Fact]
    public void Release_PublicDomain_EveryKeyAppearsIncludingEmpty()
    {
        var q = TestCatalog.Prepare("SELECT prefecture, COUNT(*) FROM claims GROUP BY prefecture");
        var result = q.Release([ExactRows.Part0(q, ["Tokyo"], 40), ExactRows.Part0(q, ["Atlantis"], 1000)], new CryptoRandomBits());
        Assert.Equal(["Hokkaido", "Okinawa", "Osaka", "Tokyo"], result.Rows.Select(r => r.Cells[0].Key));
        Assert.True(q.Plan.PublicKeys);
        Assert.True(result.Spent.Delta.IsZero);
    }

    [Fact]
    public void Release_NonPublicKeys_RareGroupSuppressedCommonReleased()
    {
        var q = TestCatalog.Prepare("SELECT 傷病名, COUNT(DISTINCT patient_id) FROM claims GROUP BY 傷病名", options: new BoundingOptions { Epsilon = 1 });
        Assert.False(q.Plan.PublicKeys);
        var rows = new List<object?[]> { ExactRows.Part0(q, ["common"], 5000), ExactRows.Part0(q, ["rare"], 1) };
        var result = q.Release(rows, new CryptoRandomBits());
        Assert.Equal(["common"], result.Rows.Select(r => r.Cells[0].Key));
        Assert.False(result.Spent.Delta.IsZero);
    }

    [Fact]
    public void Release_OrderByAndLimit_AppliedAfterNoise()
    {
        var q = TestCatalog.Prepare("SELECT prefecture, COUNT(*) AS n FROM claims GROUP BY prefecture ORDER BY n DESC LIMIT 2", options: Precise);
        Assert.DoesNotContain("LIMIT", q.BackendSql);
        Assert.DoesNotContain("ORDER BY", q.BackendSql);
        var rows = new List<object?[]>
        {
            ExactRows.Part0(q, ["Hokkaido"], 1000), ExactRows.Part0(q, ["Tokyo"], 4000),
            ExactRows.Part0(q, ["Osaka"], 3000), ExactRows.Part0(q, ["Okinawa"], 2000),
        };
        var result = q.Release(rows, new CryptoRandomBits());
        Assert.Equal(["Tokyo", "Osaka"], result.Rows.Select(r => r.Cells[0].Key));
    }

    [Fact]
    public void Release_SumAndAverage_CloseToExactWithIntervals()
    {
        var q = TestCatalog.Prepare("SELECT SUM(age), AVG(age), COUNT(*) FROM claims", options: new BoundingOptions { Epsilon = 10, MaxRowsPerPerson = 1 });
        // Measurements: SUM(age), centred SUM(age), COUNT(age), COUNT(*). 10 000 rows of age 40.
        var centred = 10_000L * (2 * 40 - 120);
        var result = q.Release([ExactRows.Part0(q, [], 400_000, centred, 10_000, 10_000)], new CryptoRandomBits());
        var cells = result.Rows.Single().Cells;
        Assert.InRange(cells[0].Estimate!.Value, 399_000m, 401_000m);
        Assert.InRange(cells[1].Estimate!.Value, 39.5m, 40.5m);
        Assert.True(cells[1].Estimate!.Lower <= cells[1].Estimate!.Value && cells[1].Estimate!.Value <= cells[1].Estimate!.Upper);
        Assert.InRange(cells[2].Estimate!.Value, 9_990m, 10_010m);
    }

    [Fact]
    public void Release_AverageWithLargeCount_DeltaMethodHalfWidth()
    {
        var q = TestCatalog.Prepare("SELECT AVG(age) FROM claims", options: new BoundingOptions { Epsilon = 10, MaxRowsPerPerson = 1 });
        // Measurements: centred SUM(age) over [0, 120] and COUNT(age). 10 000 rows of age 40: C/n = 2·40 − 120 = −40.
        var result = q.Release([ExactRows.Part0(q, [], 10_000L * (2 * 40 - 120), 10_000)], new CryptoRandomBits());
        var avg = result.Rows.Single().Cells[0].Estimate!;
        var hc = (double)Release.NoiseCalibration.For(q.Plan, q.Plan.Measurements[0]).HalfWidth(0.95);
        var hn = (double)Release.NoiseCalibration.For(q.Plan, q.Plan.Measurements[1]).HalfWidth(0.95);
        // √(h_C² + (C/n)²·h_n²) / (2·n): far narrower than the box of 97.5% corners, and still covering.
        var expected = Math.Sqrt(hc * hc + 40 * 40 * hn * hn) / (2 * 10_000);
        Assert.InRange((double)(avg.Upper - avg.Lower) / 2, expected * 0.98, expected * 1.02);
        Assert.InRange(avg.Value, 39.9m, 40.1m);
    }

    [Fact]
    public void Release_Median_FromHistogram()
    {
        var q = TestCatalog.Prepare("SELECT MEDIAN(age) FROM claims", options: new BoundingOptions { Epsilon = 10, MaxRowsPerPerson = 1 });
        var rows = new List<object?[]> { ExactRows.Part0(q, []) };
        for (var age = 30; age <= 50; age++) rows.Add(ExactRows.Bin(q, 0, [], age, 1000));
        var median = q.Release(rows, new CryptoRandomBits()).Rows.Single().Cells[0].Estimate!;
        Assert.InRange(median.Value, 38m, 42m);
        Assert.InRange(40m, median.Lower, median.Upper);
    }

    [Fact]
    public void Release_Twice_IsRefused()
    {
        var q = TestCatalog.Prepare("SELECT COUNT(*) FROM claims");
        q.Release([ExactRows.Part0(q, [], 10)], new CryptoRandomBits());
        var e = Assert.Throws<KuraException>(() => q.Release([ExactRows.Part0(q, [], 10)], new CryptoRandomBits()));
        Assert.Equal("KURA-SQL-RELEASED", e.Code);
    }

    [Fact]
    public void Release_MalformedBackendRow_IsInternalWithoutValues()
    {
        var q = TestCatalog.Prepare("SELECT COUNT(*) FROM claims");
        var e = Assert.Throws<KuraException>(() => q.Release([[0L, null, "secret-value", null]], new CryptoRandomBits()));
        Assert.Equal(KuraErrorKind.Internal, e.Kind);
        Assert.DoesNotContain("secret", e.Message);
    }
}
