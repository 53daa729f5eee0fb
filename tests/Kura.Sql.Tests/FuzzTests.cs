using Kura.Core;
using Kura.Privacy.Sampling;

namespace Kura.Sql.Tests;

/// <summary>
/// Random and hostile SQL: Prepare either refuses with a KuraException or returns an aggregate plan, whose
/// backend SQL then runs on DuckDB without error and releases only keys and noisy values.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] Tokens =
    [
        "SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "LIMIT", "JOIN", "ON", "AND", "OR", "NOT", "IN", "IS", "NULL",
        "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "AS", "COUNT", "SUM", "AVG", "MEDIAN",
        "claims", "patients", "c", "p", "age", "cost", "sex", "name", "patient_id", "傷病名", "visits", "__kura_rank",
        "read_csv", "COPY", "ATTACH", "PRAGMA", "DATE", "EXTRACT", "YEAR", "FLOOR", "WITHIN", "PERCENTILE_CONT",
        "(", ")", ",", ".", ";", "*", "+", "-", "/", "%", "=", "<>", "<", ">=", "||", "::", "'x'", "'it''s'", "'2024-01-01'",
        "1", "0", "0.5", "10", "-1", "1e308", "\"claims\"", "\"a\"\"b\"", "--", "/*", "*/", "\u202E", "\u200B", "\0", "＊", "`", "$1", "?",
    ];

    private static readonly string[] Hostile =
    [
        "SELECT name FROM claims", "SELECT * FROM read_csv('x')", "; DROP TABLE claims", "SELECT COUNT(*) FROM claims; DROP TABLE claims --",
        "SELECT COUNT(*) FROM claims -- comment", "SELECT COUNT(*) FROM claims /* unterminated", "SELECT COUNT(*) FROM claims WHERE name = 'x' OR '1'='1'",
        "SELECT COUNT(*) FROM \"claims\"\"; DROP TABLE x; --\"", "SELECT COUNT(*) FROM claims WHERE 傷病名 = 'a''; DROP TABLE claims; --'",
        "ＳＥＬＥＣＴ COUNT(*) FROM claims", "SELECT COUNT(*) FROM claims\u202E", "SELECT COUNT(*) FROM ds.claims", "SELECT COUNT(*) FROM main.claims",
        "SELECT COUNT(*) FROM claims WHERE age = 1e999", "SELECT SUM(cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost * cost) FROM claims",
        "SELECT COUNT(*) FROM claims WHERE age / (age - age) > 1", "SELECT AVG(cost / 0.0000001) FROM claims", "SELECT COUNT(*) FROM claims WHERE SUBSTRING(sex, 1, -1) = ''",
        "SELECT COUNT(*) FROM claims WHERE cost * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 * 1e15 > 0",
        "SELECT COUNT(*) FROM claims WHERE ABS(visits) > 0 AND -visits < 0", "SELECT sex, COUNT(*) FROM claims GROUP BY sex ORDER BY COUNT(*) LIMIT 1",
        "SELECT COUNT(*) FROM claims WHERE name IS NULL", "SELECT COUNT(*) FROM claims c JOIN claims d ON c.patient_id = d.patient_id",
        "", " ", ";", "SELECT", "SELECT COUNT(*) FROM", new string('(', 10_000), "SELECT " + string.Join(", ", Enumerable.Repeat("COUNT(*)", 2000)) + " FROM claims",
    ];

    private readonly VaultFixture _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Prepare_HostileInputs_RefuseOrPlanAggregates()
    {
        foreach (var sql in Hostile) Check(sql);
    }

    [Fact]
    public void Prepare_RandomTokenSoup_RefuseOrPlanAggregates()
    {
        var rng = new TestRandom(20250101);
        for (var i = 0; i < 3000; i++)
        {
            var count = 1 + rng.Next(25);
            var sql = (rng.Next(2) == 0 ? "SELECT " : "") + string.Join(rng.Next(3) == 0 ? "" : " ", Enumerable.Range(0, count).Select(_ => Tokens[rng.Next(Tokens.Length)]));
            Check(sql);
        }
    }

    [Fact]
    public void Prepare_RandomExpressions_PlansRunWithoutBackendErrors()
    {
        var rng = new TestRandom(7);
        var planned = 0;
        for (var i = 0; i < 400; i++)
            if (Check($"SELECT {RandomAggregate(rng)} FROM claims WHERE {RandomCondition(rng, 3)}")) planned++;
        Assert.True(planned > 100, $"only {planned} random queries were plannable");
    }

    private bool Check(string sql)
    {
        PreparedDpQuery query;
        try { query = TestCatalog.Prepare(sql); }
        catch (KuraException) { return false; }
        Assert.Contains(query.Plan.Columns, c => !c.IsGroupKey);
        var rows = _vault.Query(query.BackendSql); // must not raise, whatever the data
        var result = query.Release(rows, new CryptoRandomBits());
        foreach (var row in result.Rows)
            for (var i = 0; i < row.Cells.Count; i++)
                Assert.Equal(result.Columns[i].IsGroupKey, row.Cells[i].Estimate is null);
        return true;
    }

    private static string RandomNumeric(TestRandom rng, int depth) => (depth <= 0 ? 3 : rng.Next(8)) switch
    {
        0 => "age",
        1 => "cost",
        2 => rng.Next(5) == 0 ? "visits" : (rng.Next(2001) - 1000).ToString(),
        3 => "0.001",
        4 => $"({RandomNumeric(rng, depth - 1)} {"+-*/"[rng.Next(4)]} {RandomNumeric(rng, depth - 1)})",
        5 => $"FLOOR({RandomNumeric(rng, depth - 1)})",
        6 => $"CASE WHEN {RandomCondition(rng, depth - 1)} THEN {RandomNumeric(rng, depth - 1)} ELSE 0 END",
        _ => $"ABS({RandomNumeric(rng, depth - 1)})",
    };

    private static string RandomCondition(TestRandom rng, int depth) => (depth <= 0 ? 0 : rng.Next(6)) switch
    {
        0 => $"{RandomNumeric(rng, depth - 1)} {new[] { "<", ">=", "=", "<>" }[rng.Next(4)]} {RandomNumeric(rng, depth - 1)}",
        1 => "傷病名 LIKE 'E1%'",
        2 => $"({RandomCondition(rng, depth - 1)} AND {RandomCondition(rng, depth - 1)})",
        3 => $"NOT ({RandomCondition(rng, depth - 1)})",
        4 => "service_date BETWEEN '2024-01-01' AND '2024-03-31'",
        _ => $"{RandomNumeric(rng, depth - 1)} IS NULL",
    };

    private static string RandomAggregate(TestRandom rng) => rng.Next(5) switch
    {
        0 => "COUNT(*)",
        1 => $"SUM({RandomNumeric(rng, 2)})",
        2 => $"AVG({RandomNumeric(rng, 2)})",
        3 => $"MEDIAN({RandomNumeric(rng, 1)})",
        _ => "COUNT(DISTINCT patient_id)",
    };
}

/// <summary>A tiny deterministic generator for test inputs (xorshift64*).</summary>
internal sealed class TestRandom(ulong seed)
{
    private ulong _state = seed == 0 ? 1 : seed;

    public int Next(int bound)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (int)((_state * 2685821657736338717UL >> 33) % (ulong)bound);
    }
}
