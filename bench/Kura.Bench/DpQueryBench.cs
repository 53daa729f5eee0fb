using System.Diagnostics;
using System.Globalization;
using Kura.Core;
using Kura.Engine.Ports;
using Kura.Privacy.Sampling;
using Kura.Sql;
using Kura.Storage.Vault;

namespace Kura.Bench;

/// <summary>
/// A DP GROUP BY through Kura's whole path (Prepare, the rewritten SQL on the vault's DuckDB backend,
/// noise and release) against the same non-private GROUP BY on the same connection in the same run,
/// on the demo claims (~10 claims per patient). Usage:
/// <c>dpquery [--patients 1000000] [--seed S] [--repeat 9] [--max-rows 20] [--fresh] [--textbook]</c>.
/// </summary>
public sealed class DpQueryBench : IBenchmark
{
    private sealed record Kind(string Name, string Aggregate, string RawAggregate, double Target);

    private static readonly Kind[] Kinds =
    [
        new("count", "COUNT(*)", "COUNT(*)", 1.5),
        new("sum", $"SUM({DpBenchHome.CostColumn})", $"SUM(\"{DpBenchHome.CostColumn}\")", 1.5),
        new("avg", $"AVG({DpBenchHome.CostColumn})", $"AVG(\"{DpBenchHome.CostColumn}\")", 1.5),
        new("persons", "COUNT(DISTINCT person_id)", "COUNT(DISTINCT \"person_id\")", 3),
        new("median", $"MEDIAN({DpBenchHome.CostColumn})", $"MEDIAN(\"{DpBenchHome.CostColumn}\")", 3),
    ];

    public string Name => "dpquery";

    public string Description => "DP GROUP BY (bounding + noise) time as a ratio of the same non-private GROUP BY on DuckDB";

    public Task<int> RunAsync(string[] args)
    {
        var patients = int.Parse(Option(args, "--patients") ?? "1000000", CultureInfo.InvariantCulture);
        var seed = long.Parse(Option(args, "--seed") ?? "20240401", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Option(args, "--repeat") ?? "9", CultureInfo.InvariantCulture);
        var maxRows = int.Parse(Option(args, "--max-rows") ?? "20", CultureInfo.InvariantCulture);
        var bench = DpBenchHome.Prepare(patients, seed, maxRows, args.Contains("--fresh"));
        var dataset = bench.Load();
        using var vault = new DuckDbVault(bench.Home.VaultPath);
        Console.WriteLine($"{patients:N0} patients, {bench.Claims:N0} claims, ≤ {maxRows} claims per person, key {DpBenchHome.KeyColumn} " +
                          $"({dataset.FindTable("claims")!.FindColumn(DpBenchHome.KeyColumn)!.PublicDomain!.Count} public values), median of {repeat}, DuckDB threads: default");
        foreach (var (label, schema) in Schemas(bench))
        {
            Console.WriteLine($"\nsource: {label}");
            Console.WriteLine($"{"query",-9} {"raw ms",8} {"dp ms",8} {"(sql",7} {"noise)",7} {"ratio",6} {"target",7}");
            foreach (var kind in Kinds) Measure(vault.Backend, dataset, schema, kind, repeat);
        }
        if (args.Contains("--textbook")) Textbook(vault.Backend, maxRows);
        return Task.FromResult(0);
    }

    /// <summary>The dataset's own tables, and the release views the engine reads (tables minus excluded persons).</summary>
    private static IEnumerable<(string Label, string Schema)> Schemas(DpBenchHome bench)
    {
        yield return ("dataset tables (SourceSchema = dataset)", DpBenchHome.Dataset);
        yield return ($"release views (SourceSchema = {bench.ReleaseSchema}, {bench.Objectors:N0} persons excluded)", bench.ReleaseSchema);
    }

    private static void Measure(IQueryBackend backend, Dataset dataset, string schema, Kind kind, int repeat)
    {
        var key = DpBenchHome.KeyColumn;
        var dpSql = $"SELECT {key}, {kind.Aggregate} FROM claims GROUP BY {key}";
        var rawSql = $"SELECT \"{key}\", {kind.RawAggregate} FROM \"{DpBenchHome.Dataset}\".\"claims\" GROUP BY 1";
        var options = new BoundingOptions { SourceSchema = schema };
        var rng = new CryptoRandomBits();
        var raw = new List<double>();
        var dp = new List<(double Total, double Sql, double Noise)>();
        for (var round = -1; round < repeat; round++)
        {
            // Interleaved so both see the same machine load; round −1 warms caches and is not counted.
            var r = Time(() => backend.Execute(rawSql));
            var d = DpPath(backend, dataset, dpSql, options, rng);
            if (round < 0) continue;
            raw.Add(r);
            dp.Add(d);
        }
        var rawMs = Median(raw) * 1000;
        var dpMs = Median(dp.Select(x => x.Total)) * 1000;
        // The median of per-round ratios: each round's two runs saw the same machine load.
        var ratio = Median(raw.Select((r, i) => dp[i].Total / r));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind.Name,-9} {rawMs,8:F0} {dpMs,8:F0} {Median(dp.Select(x => x.Sql)) * 1000,7:F0} {Median(dp.Select(x => x.Noise)) * 1000,7:F0} {ratio,6:F2} {"≤ " + kind.Target,7} {(ratio <= kind.Target ? "met" : "MISSED")}"));
    }

    private static (double Total, double Sql, double Noise) DpPath(IQueryBackend backend, Dataset dataset, string sql, BoundingOptions options, CryptoRandomBits rng)
    {
        var watch = Stopwatch.StartNew();
        var prepared = DpSql.Prepare(sql, dataset, null, options, backend.Dialect);
        var sqlStart = watch.Elapsed.TotalSeconds;
        var rows = backend.Execute(prepared.BackendSql);
        var noiseStart = watch.Elapsed.TotalSeconds;
        var result = prepared.Release(rows, rng);
        var total = watch.Elapsed.TotalSeconds;
        if (result.Rows.Count == 0) throw new InvalidOperationException("The DP query released no group.");
        return (total, noiseStart - sqlStart, total - noiseStart);
    }

    /// <summary>For context: the textbook bounding (a window function over all rows), timed once against the raw count.</summary>
    private static void Textbook(IQueryBackend backend, int maxRows)
    {
        var table = $"\"{DpBenchHome.Dataset}\".\"claims\"";
        var key = $"\"{DpBenchHome.KeyColumn}\"";
        var raw = Time(() => backend.Execute($"SELECT {key}, COUNT(*) FROM {table} GROUP BY 1"));
        var windowed = Time(() => backend.Execute(
            $"SELECT k, COUNT(*) FROM (SELECT {key} AS k, row_number() OVER (PARTITION BY \"person_id\" ORDER BY random()) AS rn FROM {table}) WHERE rn <= {maxRows} GROUP BY 1"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\ntextbook ROW_NUMBER() bounding, COUNT(*): {windowed * 1000:F0} ms vs raw {raw * 1000:F0} ms, ratio {windowed / raw:F1}"));
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
