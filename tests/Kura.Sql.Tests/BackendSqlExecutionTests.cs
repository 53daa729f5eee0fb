using System.Numerics;
using Kura.Sql.Planning;
using Kura.Sql.Release;

namespace Kura.Sql.Tests;

/// <summary>Runs the emitted DuckDB SQL on a tiny vault and checks the exact bounded aggregates.</summary>
public sealed class BackendSqlExecutionTests : IDisposable
{
    private readonly VaultFixture _vault = new();

    public void Dispose() => _vault.Dispose();

    /// <summary>Exact part-0 measurements per canonical key text (keys joined by |), read as the release reads them.</summary>
    private Dictionary<string, BigInteger[]> Exact(PreparedDpQuery q) =>
        ExactGroups.Read(q.Plan, _vault.Query(q.BackendSql)).Values.Where(g => g.HasScalars)
            .ToDictionary(g => string.Join("|", g.Keys.Select(k => k ?? "NULL")),
                g => g.Scalars.Where((_, i) => q.Plan.Measurements[i].Kind != MeasurementKind.Histogram).ToArray());

    [Fact]
    public void Count_PersonWithManyRows_KeepsOnlyRankedRows()
    {
        var exact = Exact(TestCatalog.Prepare("SELECT sex, COUNT(*) FROM claims GROUP BY sex"));
        Assert.Equal(5, (int)exact["F"][0]); // P1's 8 claims capped at 5
        Assert.Equal(3, (int)exact["M"][0]);
    }

    [Fact]
    public void Count_RowCapOverride_AppliesPerQuery()
    {
        var exact = Exact(TestCatalog.Prepare("SELECT COUNT(*) FROM claims", options: new BoundingOptions { MaxRowsPerPerson = 1 }));
        Assert.Equal(3, (int)exact[""][0]);
    }

    [Fact]
    public void Sum_ValuesOutsideBounds_AreClampedAndScaled()
    {
        var q = TestCatalog.Prepare("SELECT SUM(age), SUM(cost) FROM claims WHERE sex = 'M'");
        var exact = Exact(q);
        // age 200 → 120, −4 → 0, 65 → 65; cost 5000 → 1000.5, 0.25 → 0.3 at scale 10 (one decimal in the bounds), 10.
        Assert.Equal(185, (int)exact[""][0]);
        Assert.Equal(MeasurementKind.Sum, q.Plan.Measurements[1].Kind);
        Assert.Equal(10005 + 3 + 100, (int)exact[""][1]);
    }

    [Fact]
    public void CountDistinct_JoinedTables_CountsPersons()
    {
        var exact = Exact(TestCatalog.Prepare(
            "SELECT p.region, COUNT(DISTINCT c.patient_id) FROM claims c JOIN patients p ON p.patient_id = c.patient_id GROUP BY p.region"));
        Assert.Equal(2, (int)exact["east"][0]);
        Assert.Equal(1, (int)exact["west"][0]);
    }

    [Fact]
    public void CountDistinct_LeftJoinedKey_CountsPersonsOfThatTable()
    {
        _vault.Run("INSERT INTO ds.patients VALUES ('P4', 1980, 'east', 1)"); // a patient without claims
        var q = TestCatalog.Prepare(
            "SELECT COUNT(DISTINCT c.patient_id), COUNT(DISTINCT p.patient_id), COUNT(DISTINCT patient_id) FROM patients p LEFT JOIN claims c ON c.patient_id = p.patient_id");

        var exact = Exact(q)[""];

        Assert.Equal(3, (int)exact[q.Plan.Outputs[0].Aggregate!.Primary]);
        Assert.Equal(4, (int)exact[q.Plan.Outputs[1].Aggregate!.Primary]);
        Assert.Equal(4, (int)exact[q.Plan.Outputs[2].Aggregate!.Primary]); // unqualified: the first table's key
    }

    [Fact]
    public void Histogram_Median_BinsBoundedRows()
    {
        var q = TestCatalog.Prepare("SELECT MEDIAN(age) FROM claims WHERE sex = 'F'");
        var bins = _vault.Query(q.BackendSql).Where(r => Convert.ToInt32(r[0]) == 1).ToDictionary(r => Convert.ToInt32(r[1]), r => Convert.ToInt32(r[^1]));
        Assert.Equal([31, 32, 33, 34, 35], bins.Keys.Order().ToArray()); // unit bins over [0, 120]: bin = age
        Assert.All(bins.Values, c => Assert.Equal(1, c));
    }

    [Fact]
    public void WhereAndBinnedKeys_ExecuteOnDuckDb()
    {
        var q = TestCatalog.Prepare("""
            SELECT FLOOR(age / 10) * 10 AS decade, EXTRACT(YEAR FROM service_date) AS y, COUNT(*), AVG(cost), STDDEV(age)
            FROM claims
            WHERE 傷病名 LIKE 'E1%' AND service_date BETWEEN '2024-01-01' AND DATE '2024-12-31' AND NOT (prefecture IN ('Okinawa'))
              AND CASE WHEN age > 100 THEN 'old' ELSE 'other' END = 'other' AND age / 0 IS NULL
            GROUP BY decade, y
            """);
        var exact = Exact(q);
        Assert.Equal(2, exact.Count);
        Assert.Equal(5, (int)exact["30|2024"][0]); // ages 31..35 from P1's ranked claims
        Assert.Equal(1, (int)exact["-10|2024"][0]); // P2's E11 claim at age −4: FLOOR(−0.4)·10 = −10
    }

    [Fact]
    public void Clamp_NullValues_StayNullInSumsCountsAndBins()
    {
        _vault.Run("INSERT INTO ds.claims VALUES ('P4', 'n', 'f', 'X', 'Tokyo', NULL, NULL, 1, 'E11', DATE '2024-01-01', 2024, 1)");
        var q = TestCatalog.Prepare("SELECT AVG(age), MEDIAN(cost), COUNT(*) FROM claims WHERE sex = 'X'");
        var rows = _vault.Query(q.BackendSql);
        // Measurements: centred SUM(age), COUNT(age), histogram of cost, COUNT(*). A NULL must not become a bound.
        var exact = Exact(q)[""];
        Assert.Equal([BigInteger.Zero, BigInteger.Zero, BigInteger.One], exact);
        Assert.DoesNotContain(rows, r => Convert.ToInt32(r[0]) > 0);
    }

    [Fact]
    public void Where_ArithmeticOnNull_IsNotTrue()
    {
        _vault.Run("INSERT INTO ds.claims VALUES ('P4', 'n', 'f', 'X', 'Tokyo', NULL, NULL, 1, 'E11', DATE '2024-01-01', 2024, 1)");
        var exact = Exact(TestCatalog.Prepare("SELECT COUNT(*) FROM claims WHERE sex = 'X' AND age * 2 < 10"));
        Assert.Equal(BigInteger.Zero, exact.GetValueOrDefault("")?[0] ?? BigInteger.Zero);
    }

    private static Kura.Core.Dataset Tiny() => new("ds", Kura.Core.PrivacyUnit.Key("pid"),
    [
        new Kura.Core.VaultTable("tiny",
        [
            new Kura.Core.Column("pid", Kura.Core.ColumnType.Text, Kura.Core.ColumnClass.PersonKey),
            new Kura.Core.Column("x", Kura.Core.ColumnType.Decimal, Bounds: new Kura.Core.ValueBounds(-0.0000026m, 0.0000025m)),
            new Kura.Core.Column("y", Kura.Core.ColumnType.Decimal, Bounds: new Kura.Core.ValueBounds(0m, 1m)),
        ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
    ], DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("SELECT SUM(x) FROM tiny", 0.0000025)]
    [InlineData("SELECT SUM(x) FROM tiny", -0.0000026)]
    [InlineData("SELECT SUM(y / 0.6) FROM tiny", 1)]
    [InlineData("SELECT SUM(x * y) FROM tiny", -0.0000026)]
    [InlineData("SELECT AVG(x) FROM tiny", 0.0000025)]
    [InlineData("SELECT VARIANCE(x) FROM tiny", -0.0000026)]
    [InlineData("SELECT SUM(s) FROM (SELECT pid, SUM(x) AS s FROM tiny GROUP BY pid) AS t", 0.0000025)]
    public void Sum_BoundTimesScaleNotWhole_OneRowStaysWithinSensitivity(string sql, double value)
    {
        _vault.Run("CREATE TABLE ds.tiny (pid VARCHAR, x DOUBLE, y DOUBLE, __kura_rank INTEGER)");
        _vault.Run(FormattableString.Invariant($"INSERT INTO ds.tiny VALUES ('target', {value:R}, {value:R}, 1)"));
        var q = DpSql.Prepare(sql, Tiny(), null, new BoundingOptions());
        var row = Exact(q)[""];
        // One person with one row: every measurement's exact value is that person's whole contribution.
        for (var i = 0; i < row.Length; i++)
        {
            var m = q.Plan.Measurements[i];
            Assert.True(BigInteger.Abs(row[i]) <= m.L1Sensitivity, $"{m.Label}: {row[i]} exceeds L1 = {m.L1Sensitivity}");
            Assert.True(row[i] * row[i] <= m.L2SensitivitySquared, $"{m.Label}: {row[i]}² exceeds L2² = {m.L2SensitivitySquared}");
        }
    }

    [Fact]
    public void Release_EndToEnd_ReturnsOnlyKeysAndNoisyValues()
    {
        var q = TestCatalog.Prepare("SELECT prefecture, COUNT(*), AVG(cost) FROM claims GROUP BY prefecture", options: new BoundingOptions { Epsilon = 5 });
        var result = q.Release(_vault.Query(q.BackendSql), new Kura.Privacy.Sampling.CryptoRandomBits());
        Assert.Equal(TestCatalog.Prefectures.Order(StringComparer.Ordinal), result.Rows.Select(r => r.Cells[0].Key));
        Assert.All(result.Rows, r => Assert.NotNull(r.Cells[1].Estimate));
    }

    /// <summary>Keys DuckDB stores but .NET cannot hold (dates past 9999 or infinite, DECIMAL(38)), each held by 40 persons.</summary>
    public static TheoryData<string, string, string[]> WideKeys => new()
    {
        { "DATE", "DATE", ["infinity", "-infinity", "12000-01-01", "0044-03-15 (BC)", "2024-02-29"] },
        { "DECIMAL(38,0)", "DECIMAL", ["99999999999999999999999999999999999999", "-99999999999999999999999999999999999999", "0"] },
        { "DOUBLE", "DECIMAL", ["inf", "-inf", "nan", "0.30000000000000004", "0.3", "1e300"] },
    };

    [Theory]
    [MemberData(nameof(WideKeys))]
    public void Release_KeysBeyondDotNetRange_ReadAsTextAndMatchTheDomain(string sqlType, string kuraType, string[] values)
    {
        _vault.Run($"CREATE TABLE ds.wide (pid VARCHAR, k {sqlType}, __kura_rank INTEGER)");
        for (var v = 0; v < values.Length; v++)
            _vault.Run($"INSERT INTO ds.wide SELECT 'p{v}_' || i, CAST('{values[v]}' AS {sqlType}), 1 FROM range(40) r(i)");
        var type = Enum.Parse<Kura.Core.ColumnType>(kuraType, ignoreCase: true);
        var domain = values.Select(v => v.Replace(" (BC)", " BC", StringComparison.Ordinal)).ToList();
        var q = DpSql.Prepare("SELECT k, COUNT(*) FROM wide GROUP BY k", WideDataset(type, domain), null, new BoundingOptions { Epsilon = 10 });

        var result = q.Release(_vault.Query(q.BackendSql), new Kura.Privacy.Sampling.CryptoRandomBits());

        // Each declared key met its 40 rows: the backend's text and the declared text denote the same key.
        Assert.Equal(values.Length, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.InRange(r.Cells[1].Estimate!.Value, 30m, 50m));
    }

    private static Kura.Core.Dataset WideDataset(Kura.Core.ColumnType type, IReadOnlyList<string> domain) => new("ds", Kura.Core.PrivacyUnit.Key("pid"),
    [
        new Kura.Core.VaultTable("wide",
        [
            new Kura.Core.Column("pid", Kura.Core.ColumnType.Text, Kura.Core.ColumnClass.PersonKey),
            new Kura.Core.Column("k", type, PublicDomain: domain),
        ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
    ], DateTimeOffset.UnixEpoch);
}
