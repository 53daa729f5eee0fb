using System.Diagnostics;
using System.Globalization;
using Kura.Anonymity;

namespace Kura.Bench;

/// <summary>
/// k-anonymity on Adult with ARX's benchmark quasi-identifiers: warm time (median of 5) and Loss of the optimum
/// for k = 2, 5, 10 and suppression 0% / 5%, a cold whole-process run, and the 1,000,000-row replica. ARX (Java)
/// cannot run in this build, so its figures are the external reference quoted in issue #6 (ARX 3.9.2, same kind
/// of machine), not measured here.
/// </summary>
public sealed partial class AnonymityBench : IBenchmark
{
    private static readonly (int K, double Suppression, double ArxLoss, double ArxLowMs, double ArxHighMs)[] Configurations =
    [
        (2, 0.00, 0.4793, 40, 120), (5, 0.00, 0.5422, 40, 120), (10, 0.00, 0.6132, 40, 120),
        (2, 0.05, 0.1145, 200, 520), (5, 0.05, 0.1701, 200, 520), (10, 0.05, 0.2225, 200, 520),
    ];

    private const string Sha300K = "e30871540223ffbd015be4565a6fb96559d8c9212bbcaff8395ad31b3d262ad5";
    private const string Sha1M = "cb2da11cd8a89fed3571ae29342df7c4fe42bacf528d575caffdc9772f79a8b4";

    public string Name => "anonymity";

    public string Description => "k-anonymity on Adult (8 QIs, k=2/5/10, 0%/5%) and its 1M-row replica; ARX 3.9.2 figures quoted from issue #6";

    public Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == ColdFlag) return Task.FromResult(RunCold(args[1..]));
        var directory = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? AnonymityAdultData.DefaultDirectory();
        var (header, rows) = AnonymityAdultData.ReadCsv(Path.Combine(directory, "adult.csv"));
        var qis = AnonymityAdultData.Hierarchies(directory, AnonymityAdultData.QuasiIdentifiers);
        Console.WriteLine($"Adult: {rows.Length} records, quasi-identifiers {string.Join(", ", AnonymityAdultData.QuasiIdentifiers)}; metric Loss (ARX default).");
        Console.WriteLine("ARX reference = ARX 3.9.2 measured externally (issue #6); ARX cannot be run in this build.");
        Console.WriteLine();
        WarmAdult(AnonymityAdultData.ToTable(header, rows), qis);
        Cold(directory);
        var ok = Replica(directory, header, rows, qis);
        return Task.FromResult(ok ? 0 : 1);
    }

    private static void WarmAdult(SourceTable table, IReadOnlyList<QuasiIdentifier> qis)
    {
        Console.WriteLine("Warm, in process (median of 5 after 3 warm-ups):");
        Console.WriteLine($"{"k",3} {"supp",5} | {"Kura ms",8} {"ARX ms",9} {"ARX/Kura",11} | {"Kura Loss",9} {"ARX Loss",8} | {"levels",-17} {"suppressed",10} {"classes",7} {"checked",8}");
        foreach (var c in Configurations)
        {
            var spec = new AnonymizationSpec { QuasiIdentifiers = qis, K = c.K, SuppressionLimit = c.Suppression };
            var (ms, result) = Median(() => Anonymizer.Anonymize(table, spec), warmups: 3, runs: 5);
            var verdict = result.MetricValue <= c.ArxLoss + 0.00005 ? "" : "  LOSS ABOVE ARX";
            Console.WriteLine(Inv($"{c.K,3} {c.Suppression,5:P0} | {ms,8:F1} {c.ArxLowMs,4:F0}-{c.ArxHighMs,-4:F0} {c.ArxLowMs / ms,4:F1}-{c.ArxHighMs / ms,-5:F1}x | {result.MetricValue,9:F4} {c.ArxLoss,8:F4} | [{string.Join(",", result.Levels)}] {result.SuppressedRecords,10} {result.EquivalenceClasses,7} {result.NodesEvaluated,4}/{result.LatticeSize}{verdict}"));
        }
        Console.WriteLine();
    }

    private static (double Ms, AnonymizationResult Result) Median(Func<AnonymizationResult> run, int warmups, int runs)
    {
        var result = run();
        for (var i = 1; i < warmups; i++) run();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = run();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[runs / 2], result);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
