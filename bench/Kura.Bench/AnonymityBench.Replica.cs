using System.Diagnostics;
using Kura.Anonymity;

namespace Kura.Bench;

public sealed partial class AnonymityBench
{
    // The splitmix64 replicas of shared/data/README.md: hashes checked, then the 1M set timed warm and cold.
    private static bool Replica(string directory, string[] header, string[][] rows, IReadOnlyList<QuasiIdentifier> qis)
    {
        var ok = true;
        string[][] columns = [];
        foreach (var (n, expected) in new[] { (300_000, Sha300K), (1_000_000, Sha1M) })
        {
            columns = AnonymityAdultData.Replicate(header, rows, n);
            var sha = AnonymityAdultData.Sha256(header, columns);
            var match = sha == expected;
            ok &= match;
            Console.WriteLine($"Replica {n:N0} rows: sha256 {sha[..8]}… {(match ? "matches README" : $"MISMATCH (README {expected[..8]}…)")}");
        }
        var table = AnonymityAdultData.FromColumns(header, columns);
        Console.WriteLine();
        Console.WriteLine("1,000,000 rows, warm in process (median of 5 after 1 warm-up; ARX 800-1100 ms warm, target < 500 ms):");
        Console.WriteLine($"{"k",3} {"supp",5} | {"Kura ms",8} {"ARX/Kura",10} | {"Loss",7} {"suppressed",10} {"classes",7}");
        foreach (var c in Configurations)
        {
            var spec = new AnonymizationSpec { QuasiIdentifiers = qis, K = c.K, SuppressionLimit = c.Suppression };
            var (ms, result) = Median(() => Anonymizer.Anonymize(table, spec), warmups: 1, runs: 5);
            Console.WriteLine(Inv($"{c.K,3} {c.Suppression,5:P0} | {ms,8:F1} {800 / ms,4:F1}-{1100 / ms,-4:F1}x | {result.MetricValue,7:F4} {result.SuppressedRecords,10} {result.EquivalenceClasses,7}"));
        }
        Console.WriteLine(Inv($"(Peak working set of this benchmark process, which also built and hashed both replicas: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB.)"));
        Console.WriteLine();
        Console.WriteLine("1,000,000 rows, cold whole process (build replica from adult.csv, anonymise, write extract; ARX 900 MiB peak cold, target < 1 GiB):");
        foreach (var c in Configurations.Where(c => c.K == 5))
        {
            var (ms, peak) = Child(directory, c.K, c.Suppression, rows: 1_000_000);
            Console.WriteLine(Inv($"k={c.K} supp={c.Suppression:P0}: {ms:F0} ms, peak working set {peak} MiB"));
        }
        return ok;
    }
}
