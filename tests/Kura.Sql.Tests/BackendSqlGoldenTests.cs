using System.Runtime.CompilerServices;

namespace Kura.Sql.Tests;

/// <summary>
/// Golden tests of the emitted SQL per dialect. Set KURA_UPDATE_GOLDEN=1 to rewrite the files, then review the diff.
/// </summary>
public class BackendSqlGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var dialect in new[] { "duckdb", "postgres", "spark" })
            foreach (var name in Queries.Keys)
                data.Add(name, dialect);
        return data;
    }

    private static readonly Dictionary<string, string> Queries = new()
    {
        ["count-by-public-key"] = "SELECT sex, COUNT(*) AS n FROM claims GROUP BY sex ORDER BY n DESC LIMIT 1",
        ["avg-median-where"] = "SELECT prefecture, AVG(cost), MEDIAN(age) FROM claims WHERE 傷病名 LIKE 'E11%' AND service_date >= '2024-01-01' GROUP BY prefecture",
        ["join-person-count"] = "SELECT FLOOR(age / 10) * 10 AS decade, COUNT(DISTINCT c.patient_id) FROM claims c LEFT JOIN patients p ON p.patient_id = c.patient_id WHERE p.region = 'O''Hare' GROUP BY decade",
        ["arithmetic-total"] = "SELECT SUM(CASE WHEN age > 3 THEN cost * 2 ELSE 0 END), STDDEV_POP(age) FROM claims WHERE cost * cost * cost * 0.001 / (age - age) > 1 OR FLOOR(cost / 0.001) > 0 AND ROUND(cost, 2) >= -age AND SUBSTRING(sex, 1, 1) || 'x' = 'Fx'",
        ["per-person"] = "SELECT MEDIAN(n), AVG(total), COUNT(*) FROM (SELECT c.patient_id, COUNT(*) AS n, SUM(cost) AS total FROM claims c JOIN patients p ON p.patient_id = c.patient_id WHERE p.region = 'east' GROUP BY c.patient_id) AS t WHERE t.n >= 2",
        ["variance-percentile"] = "SELECT EXTRACT(YEAR FROM service_date) AS y, VARIANCE(cost), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY cost * 2) FROM claims GROUP BY y",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BackendSql_Dialect_MatchesGolden(string name, string dialect)
    {
        var sql = Queries[name];
        var actual = TestCatalog.Prepare(sql, dialect).BackendSql + "\n";
        var path = Path.Combine(GoldenDirectory(), $"{name}.{dialect}.sql");
        if (Environment.GetEnvironmentVariable("KURA_UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string GoldenDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
