namespace Kura.IntegrationTests.Sql;

/// <summary>
/// Every expression form the binder accepts, aimed at the extreme values of <see cref="EdgeValues"/>, placed in each
/// context the rewriter writes it in: WHERE, a CASE inside an aggregate, a GROUP BY key, COUNT(x), SUM/AVG/MEDIAN
/// arguments and a per-person subquery. Literals use the most digits and decimal places Kura accepts.
/// </summary>
internal static class EdgeQueries
{
    private const string From = "csv LEFT JOIN pq ON pq.pid = csv.pid";

    /// <summary>Conditions: comparisons, IN, BETWEEN, LIKE, IS NULL, CASE x WHEN, functions, arithmetic, date parts.</summary>
    private static readonly string[] Conditions =
    [
        "w < 0.000000000000000001", "w > 0.123456789012345678", "z < 123456789012345678", "z = 0.5", "i < 0.000000000000000001",
        "d = 123456789012345678", "f <> 0.000000000000000001", "r > 123456789012.345678", "i = w", "d < z", "w = f", "i >= r",
        "w IN (0.5, 123456789012345678, -0.000000000000000001)", "z NOT IN (1, 2)", "i IN (w, d, 0.000000000000000001)",
        "dt IN ('2024-01-01', '9999-12-31')", "s NOT IN ('', 'x')", "w BETWEEN 0.000000000000000001 AND 1",
        "z NOT BETWEEN -1 AND 123456789012345678", "i BETWEEN d AND w", "dt BETWEEN '0001-01-01' AND DATE '9999-12-31'", "dt2 > dt",
        "s LIKE '%!_%' ESCAPE '!'", "s ILIKE ''", "h > 0.000000000000000001", "s NOT LIKE '%'", "w IS NULL", "NOT (dt2 IS NOT NULL)",
        "b = TRUE OR b IS NULL", "CASE w WHEN 0.5 THEN TRUE WHEN 0.000000000000000001 THEN FALSE END",
        "CASE WHEN w > 0.5 THEN z ELSE 0.000000000000000001 END > 0", "COALESCE(w, z, 0.5) > 0", "NULLIF(z, 0.5) IS NULL",
        "NULLIF(w, i) > 0", "GREATEST(w, z, 0.000000000000000001) > 0", "LEAST(f, r, w, i, d) < 0", "GREATEST(dt, DATE '2000-01-01') > dt2",
        "COALESCE(dt2, dt) < DATE '2000-01-01'", "EXTRACT(YEAR FROM dt2) > 2000", "MONTH(dt2) = 1", "QUARTER(dt) = 4", "DAY(dt2) = 31",
        "YEAR(dt) = 12000", "LENGTH(s) > 2", "LOWER(s) = UPPER(s)", "TRIM(s) = ''", "SUBSTRING(s, 1000000, 1000000) = ''",
        "SUBSTR(s, 2) = '0'", "s || s = ''", "h = w", "(w + 1) * 2 > 0", "f / i > 0", "w / z < 1", "-w < 0", "ABS(f) > 1", "FLOOR(w / 10) * 10 = 0",
        "ROUND(d, 10) > 0", "CEIL(r) > 0", "EXTRACT(YEAR FROM dt2) * 2 > 0", "i * 123456789012345678 > w", "l < 0.000000000000000001", "l = w", "l IN (d, 0.5)",
    ];

    /// <summary>Group keys of every type, including expressions whose value is out of .NET's range.</summary>
    private static readonly string[] Keys =
    [
        "w", "z", "f", "r", "dt2", "h", "i", "l", "d", "dt", "s", "b", "w < 0.5", "CASE WHEN w > 0.5 THEN w ELSE 0.000000000000000001 END",
        "COALESCE(z, 0.5)", "GREATEST(w, 0.5)", "LEAST(i, w)", "NULLIF(w, 0.5)", "FLOOR(f / 10) * 10", "EXTRACT(YEAR FROM dt2)",
        "SUBSTRING(s, 1, 1)", "CASE w WHEN 0.5 THEN 'a' ELSE 'b' END", "COALESCE(dt2, dt)", "w * 2", "ROUND(z, 10)",
    ];

    /// <summary>Numeric aggregate arguments (bounded, so SUM, AVG and MEDIAN accept them).</summary>
    private static readonly string[] Values =
    [
        "w", "z", "f", "r", "i", "l", "d", "CASE WHEN w < 0.000000000000000001 THEN 1 ELSE 0 END", "COALESCE(w, 0.5)", "GREATEST(w, z)",
        "w * 2 + f", "CASE w WHEN 0.5 THEN w ELSE z END", "NULLIF(f, 0.5)", "ABS(i - d)",
    ];

    public static IEnumerable<string> All()
    {
        foreach (var c in Conditions)
        {
            yield return $"SELECT COUNT(*) FROM {From} WHERE {c}";
            yield return $"SELECT SUM(CASE WHEN {c} THEN 1 ELSE 0 END) FROM {From}";
        }
        foreach (var k in Keys)
        {
            yield return $"SELECT {k} AS k, COUNT(*) FROM {From} GROUP BY k";
            yield return $"SELECT COUNT({k}) FROM {From}";
        }
        foreach (var v in Values)
        {
            yield return $"SELECT SUM({v}), AVG({v}), STDDEV({v}), MEDIAN({v}) FROM {From}";
            yield return $"SELECT AVG(n), COUNT(*) FROM (SELECT csv.pid, SUM({v}) AS n FROM {From} GROUP BY csv.pid) t WHERE t.n > 0.000000000000000001";
        }
    }
}
