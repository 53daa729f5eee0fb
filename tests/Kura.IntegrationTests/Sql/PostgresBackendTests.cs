using System.Globalization;
using System.Numerics;
using Kura.Privacy.Sampling;
using Kura.Sql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// The same DP query, rewritten for DuckDB and for PostgreSQL, run on the vault and on a real PostgreSQL
/// server holding the same rows (ranks included): the exact bounded aggregates — the backend rows before any
/// noise — must be identical, cell for cell.
/// </summary>
public sealed class PostgresBackendTests(DemoOnPostgres demo) : IClassFixture<DemoOnPostgres>
{
    /// <summary>Name, query, and the fewest backend rows a meaningful answer has (groups, or groups × bins).</summary>
    public static TheoryData<string, string, int> Queries => new()
    {
        { "count by department", "SELECT 診療科, COUNT(*) FROM claims GROUP BY 診療科", 10 },
        { "clamped sum, mean and spread", "SELECT 傷病名コード, SUM(費用_円), AVG(費用_円), STDDEV(費用_円) FROM claims GROUP BY 傷病名コード", 20 },
        { "sums at scale 10^6 (doubles)", "SELECT SUM(費用_円 / 3), AVG(費用_円 * 0.1), VARIANCE(費用_円 / 1000) FROM claims WHERE 診療日 >= DATE '2024-01-01'", 1 },
        { "FLOOR(age / 10) * 10 bins", "SELECT FLOOR(撮影時年齢 / 10) * 10 AS decade, COUNT(*), AVG(撮影時年齢) FROM facial_images GROUP BY decade", 5 },
        { "EXTRACT(YEAR), EXTRACT(MONTH)", "SELECT EXTRACT(YEAR FROM 診療日) AS y, EXTRACT(MONTH FROM 診療日) AS m, COUNT(*), SUM(費用_円) FROM claims GROUP BY y, m", 20 },
        { "birth decade", "SELECT FLOOR(EXTRACT(YEAR FROM 生年月日) / 10) * 10 AS decade, COUNT(*) FROM patients GROUP BY decade", 5 },
        { "join on the person key", "SELECT p.性別, COUNT(DISTINCT c.person_id), AVG(c.費用_円) FROM claims c JOIN patients p ON p.person_id = c.person_id GROUP BY p.性別", 2 },
        { "left join", "SELECT p.都道府県, COUNT(*) FROM patients p LEFT JOIN claims c ON c.person_id = p.person_id WHERE c.薬剤 IS NULL GROUP BY p.都道府県", 10 },
        { "person count, public domain, no row cap", "SELECT 性別, COUNT(DISTINCT person_id) FROM patients GROUP BY 性別", 2 },
        { "median and 90th percentile (256 bins)", "SELECT 診療科, MEDIAN(費用_円), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY 費用_円) FROM claims GROUP BY 診療科", 100 },
        { "median with unit bins", "SELECT MEDIAN(撮影時年齢) FROM facial_images", 20 },
        { "CASE, LIKE and ILIKE", "SELECT CASE WHEN 費用_円 > 10000 THEN 'high' ELSE 'low' END AS band, COUNT(*), SUM(費用_円) FROM claims WHERE 傷病名コード LIKE 'J%' OR 薬剤 ILIKE '%錠%' GROUP BY band", 2 },
        { "per-person subquery", "SELECT MEDIAN(n), AVG(n), AVG(total), COUNT(*) FROM (SELECT person_id, COUNT(*) AS n, SUM(費用_円) AS total FROM claims GROUP BY person_id) AS t", 5 },
        { "per-person means by claim count", "SELECT n, COUNT(*), AVG(mean_cost) FROM (SELECT person_id, COUNT(*) AS n, AVG(費用_円) AS mean_cost FROM claims WHERE 診療日 < DATE '2024-07-01' GROUP BY person_id) GROUP BY n", 8 },
    };

    [PostgresTheory]
    [MemberData(nameof(Queries))]
    public void ExactAggregates_DuckDbAndPostgres_Identical(string name, string sql, int fewestRows)
    {
        var options = new BoundingOptions { SourceSchema = demo.DatasetName };
        var onDuckDb = DpSql.Prepare(sql, demo.Dataset, null, options, "duckdb");
        var onPostgres = DpSql.Prepare(sql, demo.Dataset, null, options, "postgres");

        var duck = Canonical(demo.DuckDb.Execute(onDuckDb.BackendSql));
        var postgres = Canonical(demo.Postgres.Execute(onPostgres.BackendSql));

        Assert.True(duck.Count >= fewestRows, $"{name}: {duck.Count} backend rows, expected at least {fewestRows}");
        Assert.Equal(duck, postgres);
    }

    [PostgresFact]
    public void Release_FromPostgresRows_ReleasesEveryPublicKey()
    {
        var q = DpSql.Prepare("SELECT n > 5 AS frequent, COUNT(*), AVG(n) FROM (SELECT person_id, COUNT(*) AS n FROM claims GROUP BY person_id) t GROUP BY frequent",
            demo.Dataset, null, new BoundingOptions { SourceSchema = demo.DatasetName }, "postgres");
        var result = q.Release(demo.Postgres.Execute(q.BackendSql), new CryptoRandomBits());
        Assert.Equal(["false", "true"], result.Rows.Select(r => r.Cells[0].Key));
    }

    /// <summary>
    /// Rows as sorted canonical texts: numbers by value whatever their provider type, so HUGEINT 5, numeric 5 and 5.0
    /// agree; keys come back as text, which each backend writes its own way (DuckDB 30.0, PostgreSQL 30), so key text
    /// that reads as a number is compared by value too (both sides hold the same rows, so text keys are equal texts).
    /// </summary>
    private static List<string> Canonical(IReadOnlyList<object?[]> rows) =>
        rows.Select(r => string.Join(" | ", r.Select(Cell))).Order(StringComparer.Ordinal).ToList();

    private static string Cell(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) => "'" + Cell(m) + "'",
        string s => "'" + s + "'",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d == Math.Floor(d) && Math.Abs(d) < 1e15 ? ((long)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => (m / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        IConvertible c => System.Convert.ToDecimal(c, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
