using System.Globalization;
using Kura.Privacy.Sampling;
using Kura.Sql;
using Kura.Sql.Release;
using Kura.Storage.Vault;

namespace Kura.Bench;

/// <summary>
/// Coverage of the stated 95% intervals: a COUNT, a SUM and an AVG by diagnosis code on the demo claims are
/// released many times (fresh noise each time, same exact rows) and each interval is checked against the exact
/// bounded value, computed by an independent hand-written SQL (rank ≤ m, values clamped). Usage:
/// <c>dpaccuracy [--patients 1000000] [--seed S] [--repeat 1000] [--epsilon 1] [--max-rows 20]</c>.
/// </summary>
public sealed class DpAccuracyBench : IBenchmark
{
    private sealed record Aggregate(string Name, string Sql, int Column);

    public string Name => "dpaccuracy";

    public string Description => "observed coverage of the stated 95% intervals of DP COUNT, SUM and AVG over repeated releases";

    public Task<int> RunAsync(string[] args)
    {
        var patients = int.Parse(Option(args, "--patients") ?? "1000000", CultureInfo.InvariantCulture);
        var seed = long.Parse(Option(args, "--seed") ?? "20240401", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Option(args, "--repeat") ?? "1000", CultureInfo.InvariantCulture);
        var epsilon = decimal.Parse(Option(args, "--epsilon") ?? "1", CultureInfo.InvariantCulture);
        var maxRows = int.Parse(Option(args, "--max-rows") ?? "20", CultureInfo.InvariantCulture);
        var bench = DpBenchHome.Prepare(patients, seed, maxRows, fresh: false);
        var dataset = bench.Load();
        using var vault = new DuckDbVault(bench.Home.VaultPath);
        var exact = ExactBounded(vault, maxRows);
        string key = DpBenchHome.KeyColumn, cost = DpBenchHome.CostColumn;
        Aggregate[] aggregates =
        [
            new("COUNT(*)", $"SELECT {key}, COUNT(*) FROM claims GROUP BY {key}", 0),
            new($"SUM({cost})", $"SELECT {key}, SUM({cost}) FROM claims GROUP BY {key}", 1),
            new($"AVG({cost})", $"SELECT {key}, AVG({cost}) FROM claims GROUP BY {key}", 2),
        ];
        Console.WriteLine($"{patients:N0} patients, {bench.Claims:N0} claims, ≤ {maxRows} claims per person, {exact.Count} groups, ε = {epsilon}, {repeat} releases each");
        Console.WriteLine($"{"aggregate",-16} {"mode",-6} {"intervals",10} {"covered",8} {"coverage",9} {"target",12} {"median ±/value",15}");
        var rng = new CryptoRandomBits();
        foreach (var mode in new[] { PrivacyMode.Zcdp, PrivacyMode.PureEpsilon })
            foreach (var aggregate in aggregates)
            {
                var options = new BoundingOptions { Epsilon = epsilon, Mode = mode, SourceSchema = DpBenchHome.Dataset };
                var prepared = DpSql.Prepare(aggregate.Sql, dataset, null, options, vault.Backend.Dialect);
                var rows = vault.Backend.Execute(prepared.BackendSql);
                Report(aggregate, mode, Coverage(prepared, rows, exact, aggregate.Column, repeat, rng));
            }
        return Task.FromResult(0);
    }

    private static (int Intervals, int Covered, double RelativeHalfWidth) Coverage(
        PreparedDpQuery prepared, IReadOnlyList<object?[]> rows, Dictionary<string, decimal[]> exact, int column, int repeat, CryptoRandomBits rng)
    {
        int intervals = 0, covered = 0;
        var widths = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            // The same plan released again and again: what one reservation would buy, drawn afresh each time.
            var result = DpQueryRelease.Release(prepared.Plan, rows, rng);
            foreach (var row in result.Rows)
            {
                var truth = exact[row.Cells[0].Key!][column];
                var estimate = row.Cells[1].Estimate!;
                intervals++;
                if (estimate.Lower <= truth && truth <= estimate.Upper) covered++;
                if (i == 0) widths.Add((double)((estimate.Upper - estimate.Lower) / 2 / Math.Max(1m, Math.Abs(truth))));
            }
        }
        widths.Sort();
        return (intervals, covered, widths[widths.Count / 2]);
    }

    /// <summary>Exact bounded COUNT, SUM and AVG per key, written independently of Kura's planner.</summary>
    private static Dictionary<string, decimal[]> ExactBounded(DuckDbVault vault, int maxRows)
    {
        var clamped = $"LEAST(GREATEST(\"{DpBenchHome.CostColumn}\", 0), {DpBenchHome.CostUpper.ToString(CultureInfo.InvariantCulture)})";
        var sql = $"SELECT \"{DpBenchHome.KeyColumn}\", COUNT(*), SUM({clamped}), COUNT({clamped}) FROM \"{DpBenchHome.Dataset}\".\"claims\" " +
                  $"WHERE \"__kura_rank\" <= {maxRows} GROUP BY 1";
        return vault.Backend.Execute(sql).ToDictionary(
            r => (string)r[0]!,
            r =>
            {
                var count = Convert.ToDecimal(r[1], CultureInfo.InvariantCulture);
                var sum = decimal.Parse(r[2]!.ToString()!, CultureInfo.InvariantCulture);
                return new[] { count, sum, sum / Convert.ToDecimal(r[3], CultureInfo.InvariantCulture) };
            });
    }

    private static void Report(Aggregate aggregate, PrivacyMode mode, (int Intervals, int Covered, double RelativeHalfWidth) c)
    {
        var coverage = 100.0 * c.Covered / c.Intervals;
        var met = Math.Abs(coverage - 95) <= 1 ? "met" : "MISSED";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{aggregate.Name,-16} {(mode == PrivacyMode.Zcdp ? "zCDP" : "pure"),-6} {c.Intervals,10} {c.Covered,8} {coverage,8:F2}% {"95 ± 1 %",12} {c.RelativeHalfWidth,14:P3} {met}"));
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
