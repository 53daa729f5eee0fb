using System.Numerics;
using Kura.Core;
using Kura.Sql.Planning;

namespace Kura.Sql.Tests;

/// <summary>
/// <c>SELECT … FROM (SELECT person_key, aggs FROM … GROUP BY person_key)</c>: planning (one row per person,
/// public ranges of the per-person values) and execution on the DuckDB fixture (P1 has 8 claims, P2 2, P3 1;
/// claims are capped at 5 per person).
/// </summary>
public sealed class PerPersonSubqueryTests : IDisposable
{
    private const string ClaimsPerPerson = "(SELECT patient_id, COUNT(*) AS n FROM claims GROUP BY patient_id)";

    private readonly VaultFixture _vault = new();

    public void Dispose() => _vault.Dispose();

    private List<BigInteger> Part0(PreparedDpQuery q) =>
        _vault.Query(q.BackendSql).Where(r => Convert.ToInt32(r[0]) == 0).Single()
            .Skip(2).Take(q.Plan.ScalarCount).Select(Integer).ToList();

    private static BigInteger Integer(object? v) => v switch
    {
        null => BigInteger.Zero,
        BigInteger b => b,
        _ => new BigInteger(Convert.ToDecimal(v)),
    };

    [Fact]
    public void Plan_OuterAggregates_SeeOneRowPerPerson()
    {
        var q = TestCatalog.Prepare($"SELECT COUNT(*), SUM(n) FROM {ClaimsPerPerson} AS t");
        Assert.Equal(1, q.Plan.RowBound);
        Assert.Equal(1, q.Plan.GroupBound);
        Assert.Equal([5], q.Plan.RowsPerPerson);
        Assert.Equal(1, (int)q.Plan.Measurements[0].L1Sensitivity); // one person, one row
        Assert.Equal(5, (int)q.Plan.Measurements[1].L1Sensitivity); // n ∈ [0, 5]
        Assert.Contains("\"s0\".\"__kura_rank\" <= 5", q.BackendSql);
    }

    [Fact]
    public void Plan_PerPersonSum_RangeIsRowsTimesBounds()
    {
        var q = TestCatalog.Prepare("SELECT SUM(total) FROM (SELECT patient_id, SUM(age) AS total FROM claims GROUP BY patient_id)",
            options: new BoundingOptions { MaxRowsPerPerson = 3 });
        Assert.Equal(3 * 120, (int)q.Plan.Measurements[0].L1Sensitivity);
        Assert.Contains("\"s0\".\"__kura_rank\" <= 3", q.BackendSql);
    }

    [Fact]
    public void Execute_CountsPerPerson_MedianAverageAndTotal()
    {
        var q = TestCatalog.Prepare($"SELECT COUNT(*), AVG(n), MEDIAN(n) FROM {ClaimsPerPerson}");
        var rows = _vault.Query(q.BackendSql);
        // Per-person counts 5 (P1 capped), 2, 1. Measurements: COUNT(*), centred SUM(n) over [0, 5], COUNT(n), histogram.
        var part0 = rows.Single(r => Convert.ToInt32(r[0]) == 0);
        Assert.Equal(3, (int)Integer(part0[2]));
        Assert.Equal((2 * 5 - 5) + (2 * 2 - 5) + (2 * 1 - 5), (int)Integer(part0[3]));
        Assert.Equal(3, (int)Integer(part0[4]));
        var bins = rows.Where(r => Convert.ToInt32(r[0]) > 0).ToDictionary(r => Convert.ToInt32(r[1]), r => Convert.ToInt32(r[^1]));
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 1, [5] = 1 }, bins);
    }

    [Fact]
    public void Execute_PerPersonSumOfDecimals_ExactAtItsScale()
    {
        var q = TestCatalog.Prepare("SELECT SUM(total) FROM (SELECT patient_id, SUM(cost) AS total FROM claims GROUP BY patient_id)");
        // P1: 100+…+500 = 1500; P2: 5000 → 1000.5, 0.25 → 0.3 (one decimal, half up); P3: 10. At scale 10.
        Assert.Equal([new BigInteger(25108)], Part0(q));
    }

    [Fact]
    public void Execute_PerPersonAverage_KeepsTwoMoreDecimals()
    {
        var q = TestCatalog.Prepare("SELECT SUM(a) FROM (SELECT patient_id, AVG(age) AS a FROM claims GROUP BY patient_id)");
        // P1 ages 31..35 → 33; P2 200 → 120 and −4 → 0 → 60; P3 65. Age has no decimals, so AVG keeps two: scale 100.
        Assert.Equal([new BigInteger(15800)], Part0(q));
    }

    [Fact]
    public void Execute_InnerAndOuterWhere_FilterRowsThenPersons()
    {
        var q = TestCatalog.Prepare("SELECT COUNT(*) FROM (SELECT patient_id AS pid, COUNT(*) AS n FROM claims WHERE sex = 'M' GROUP BY patient_id) t WHERE t.n >= 2");
        Assert.Equal([BigInteger.One], Part0(q)); // P2 has two claims by men, P3 one
    }

    [Fact]
    public void Release_GroupByPerPersonCount_PublicDomainZeroToCap()
    {
        var q = TestCatalog.Prepare($"SELECT n, COUNT(*) FROM {ClaimsPerPerson} GROUP BY n", options: new BoundingOptions { Epsilon = 5 });
        Assert.True(q.Plan.PublicKeys);
        var result = q.Release(_vault.Query(q.BackendSql), new Kura.Privacy.Sampling.CryptoRandomBits());
        Assert.Equal(["0", "1", "2", "3", "4", "5"], result.Rows.Select(r => r.Cells[0].Key));
    }

    [Fact]
    public void Prepare_JoinInsideSubquery_CapsEachTable()
    {
        var q = TestCatalog.Prepare(
            "SELECT AVG(n) FROM (SELECT c.patient_id, COUNT(*) AS n FROM claims c JOIN patients p ON p.patient_id = c.patient_id WHERE p.region = 'east' GROUP BY c.patient_id)");
        Assert.Equal([5, 1], q.Plan.RowsPerPerson);
        Assert.Equal(1, q.Plan.RowBound);
        var exact = Part0(q);
        Assert.Equal(2, (int)exact[1]); // P1 and P3 live in the east
    }

    [Fact]
    public void ReferencedColumns_InnerAndOuter_ListedOnce()
    {
        var q = TestCatalog.Prepare("SELECT AVG(a) FROM (SELECT patient_id, AVG(age) AS a, SUM(age) AS s FROM claims WHERE sex = 'F' GROUP BY patient_id) WHERE a > 3");
        Assert.Equal([("claims", "patient_id"), ("claims", "sex"), ("claims", "age")], q.Plan.ReferencedColumns);
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "SELECT COUNT(*) FROM (SELECT age FROM claims)", "KURA-SQL-SUBQUERY", "GROUP BY patient_id" },
        { "SELECT COUNT(*) FROM (SELECT sex, COUNT(*) AS n FROM claims GROUP BY sex)", "KURA-SQL-SUBQUERY", "not the person key" },
        { "SELECT AVG(n) FROM (SELECT patient_id, age AS n FROM claims GROUP BY patient_id)", "KURA-SQL-SUBQUERY", "not the person key" },
        { "SELECT AVG(n) FROM (SELECT patient_id, age + 1 AS n FROM claims GROUP BY patient_id)", "KURA-SQL-SUBQUERY", "row-level values" },
        { "SELECT AVG(m) FROM (SELECT patient_id, MEDIAN(age) AS m FROM claims GROUP BY patient_id)", "KURA-SQL-SUBQUERY", "COUNT(*), COUNT(x), SUM(x) or AVG(x)" },
        { "SELECT AVG(m) FROM (SELECT patient_id, COUNT(DISTINCT patient_id) AS m FROM claims GROUP BY patient_id)", "KURA-SQL-SUBQUERY", "COUNT(*), COUNT(x)" },
        { "SELECT COUNT(*) FROM (SELECT patient_id FROM (SELECT patient_id FROM claims GROUP BY patient_id) GROUP BY patient_id)", "KURA-SQL-SUBQUERY", "inside a subquery" },
        { "SELECT COUNT(*) FROM (SELECT patient_id, COUNT(*) AS n FROM claims GROUP BY patient_id ORDER BY n LIMIT 5)", "KURA-SQL-SUBQUERY", "LIMIT" },
        { $"SELECT COUNT(*) FROM {ClaimsPerPerson} t JOIN patients p ON p.patient_id = t.patient_id", "KURA-SQL-JOIN", "cannot be joined" },
        { "SELECT AVG(s) FROM (SELECT patient_id, SUM(visits) AS s FROM claims GROUP BY patient_id)", "KURA-SQL-BOUNDS-MISSING", "claims.visits" },
        { "SELECT AVG(n) FROM (SELECT patient_id, COUNT(*) AS n FROM claims WHERE name = 'x' GROUP BY patient_id)", "KURA-SQL-IDENTIFIER-COLUMN", "direct identifier" },
        { "SELECT AVG(n) FROM (SELECT patient_id, COUNT(*) AS n, SUM(age) AS n FROM claims GROUP BY patient_id)", "KURA-SQL-SYNTAX", "twice" },
        { "SELECT AVG(n) FROM (SELECT patient_id, COUNT(*) AS __kura_rank FROM claims GROUP BY patient_id)", "KURA-SQL-IDENTIFIER-COLUMN", "reserved" },
        { $"SELECT COUNT(*) FROM {ClaimsPerPerson} WHERE age > 3", "KURA-SQL-UNKNOWN-COLUMN", "'age'" },
        { "SELECT AVG(n) FROM (SELECT p.patient_id, COUNT(*) AS n FROM claims c LEFT JOIN patients p ON p.patient_id = c.patient_id GROUP BY p.patient_id)", "KURA-SQL-SUBQUERY", "first table" },
        { $"SELECT patient_id, COUNT(*) FROM {ClaimsPerPerson} GROUP BY patient_id", "KURA-SQL-PERSON-KEY", "person key" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Prepare_OutsideTheShape_Refused(string sql, string code, string fragment)
    {
        var e = Assert.Throws<KuraException>(() => TestCatalog.Prepare(sql));
        Assert.Equal(code, e.Code);
        Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void Prepare_UngrantedColumnInside_Refused()
    {
        var e = Assert.Throws<KuraException>(() =>
            TestCatalog.Prepare("SELECT AVG(s) FROM (SELECT patient_id, SUM(age) AS s FROM claims GROUP BY patient_id)", grants: ["claims.sex"]));
        Assert.Equal("KURA-SQL-NOT-GRANTED", e.Code);
    }

    [Fact]
    public void Prepare_PerRowDataset_Refused()
    {
        var e = Assert.Throws<KuraException>(() => DpSql.Prepare(
            "SELECT AVG(n) FROM (SELECT sex, COUNT(*) AS n FROM answers GROUP BY sex)", TestCatalog.PerRow(), null, new BoundingOptions()));
        Assert.Equal("KURA-SQL-SUBQUERY", e.Code);
    }
}
