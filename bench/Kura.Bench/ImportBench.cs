using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.Storage.Intake;
using Kura.Storage.Vault;

namespace Kura.Bench;

/// <summary>
/// Kura's full CSV import (sniffing, checks, hashing, CSPRNG ranks, staging and commit) against DuckDB's
/// plain <c>CREATE TABLE AS SELECT * FROM read_csv(file)</c> of the same data in the same run.
/// Usage: <c>import [--rows N] [--file claims.csv --person-key COL] [--repeat K]</c>.
/// </summary>
public sealed class ImportBench : IBenchmark
{
    public string Name => "import";

    public string Description => "CSV import throughput (UTF-8, Shift_JIS) as a ratio of DuckDB read_csv on the same data";

    public Task<int> RunAsync(string[] args)
    {
        var rows = int.Parse(Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Option(args, "--repeat") ?? "3", CultureInfo.InvariantCulture);
        var dir = Directory.CreateTempSubdirectory("kura-import-bench-").FullName;
        try
        {
            var utf8 = Option(args, "--file") ?? ClaimsFile.Write(Path.Combine(dir, "claims.csv"), rows);
            var key = Option(args, "--person-key") ?? "patient_id";
            var sjis = Path.Combine(dir, "claims-sjis.csv");
            File.WriteAllBytes(sjis, ShiftJis.Strict.GetBytes(File.ReadAllText(utf8, Encoding.UTF8)));
            var megabytes = new FileInfo(utf8).Length / 1e6;
            Console.WriteLine($"source: {utf8} ({megabytes:F1} MB UTF-8, {new FileInfo(sjis).Length / 1e6:F1} MB Shift_JIS), person key {key}, median of {repeat}");
            // Interleaved so that the three runs of one round see the same machine load; ratios are per round.
            var rounds = Enumerable.Range(0, repeat).Select(i => (
                Base: DuckDbReadCsv(utf8, Path.Combine(dir, $"base{i}.duckdb")),
                Utf8: KuraImport(utf8, key, Path.Combine(dir, $"utf8-{i}.duckdb")),
                Sjis: KuraImport(sjis, key, Path.Combine(dir, $"sjis-{i}.duckdb")))).ToList();
            Report("duckdb read_csv (baseline)", rounds.Select(r => (r.Base, r.Base)), megabytes);
            Report("kura import utf-8", rounds.Select(r => (r.Utf8, r.Base)), megabytes);
            Report("kura import shift_jis", rounds.Select(r => (r.Sjis, r.Base)), megabytes);
            return Task.FromResult(0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double DuckDbReadCsv(string csv, string database)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE claims AS SELECT * FROM read_csv('{csv.Replace("'", "''")}')";
        var watch = Stopwatch.StartNew();
        command.ExecuteNonQuery();
        return watch.Elapsed.TotalSeconds;
    }

    private static double KuraImport(string csv, string key, string database)
    {
        using var vault = new DuckDbVault(database);
        var watch = Stopwatch.StartNew();
        using (var staged = vault.StageImport(new ImportRequest(csv, "bench", "claims", PrivacyUnit.Parse(key))))
            staged.Commit();
        return watch.Elapsed.TotalSeconds;
    }

    // Median time and median per-round ratio (baseline time / this time = this throughput / baseline throughput).
    private static void Report(string what, IEnumerable<(double Seconds, double Baseline)> rounds, double megabytes)
    {
        var list = rounds.ToList();
        var seconds = Median(list.Select(r => r.Seconds));
        var ratio = Median(list.Select(r => r.Baseline / r.Seconds));
        Console.WriteLine($"{what,-28} {seconds,7:F3} s  {megabytes / seconds,7:F1} MB/s  ratio {ratio:F2}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
