using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Evaluation;

namespace Kura.Bench;

/// <summary>
/// DP synthetic data on UCI Adult (shared/data/adult, all 9 columns; domains from the hierarchies' leaf level, age in
/// 5-year bins 15:95:5). 20% of rows are held out; the rest are synthesised into 30,000 rows at δ = 1e-9 and each ε.
/// Figures: wall time of fit + sample against the 10 s target, mean/worst TVD of 1-, 2-, 3-way marginals against the
/// training rows, and salary-class accuracy on held-out real rows of FastTree trained on synthetic rows as a ratio of
/// the same classifier trained on real rows (the baseline, measured in the same run; target ≥ 0.95).
/// Usage: <c>synth [--epsilons 0.1,1,10] [--methods mst,mst-target,aim] [--repeat 3] [--rows 30000]</c>.
/// </summary>
public sealed class SynthesisBench : IBenchmark
{
    private const double TargetSeconds = 10;

    public string Name => "synth";

    public string Description => "MST/AIM synthetic Adult: time vs 10 s target, marginal TVD, classifier accuracy vs real-trained baseline";

    public Task<int> RunAsync(string[] args)
    {
        var epsilons = (Option(args, "--epsilons") ?? "0.1,1,10").Split(',');
        var methods = (Option(args, "--methods") ?? "mst,mst-target,aim").Split(',');
        var repeat = int.Parse(Option(args, "--repeat") ?? "3", CultureInfo.InvariantCulture);
        var rows = int.Parse(Option(args, "--rows") ?? "30000", CultureInfo.InvariantCulture);
        var table = LoadAdult(DataDirectory());
        var (train, test) = HoldoutSplit.Split(table, 0.2);
        Console.WriteLine($"Adult: {table.RowCount} rows, domains {string.Join("×", table.Shape())}; train {train.RowCount}, held out {test.RowCount}; " +
                          $"{rows} synthetic rows; δ = 1e-9; median of {repeat} runs; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"method",-10} {"ε",5} {"ρ",9} {"time s",7} {"÷10 s",6} {"TVD1 mean/worst",16} {"TVD2 mean/worst",16} {"TVD3 mean/worst",16} {"acc syn",8} {"acc real",8} {"ratio",6}");
        var workload = AllPairs(table);
        foreach (var method in methods)
        foreach (var epsilon in epsilons)
        {
            var rho = ZcdpConversion.MaxRhoWithin(Rational.Parse(epsilon), Rational.Parse("1e-9"));
            var runs = Enumerable.Range(0, repeat).Select(_ => Run(train, test, Request(method, train, rho, rows, workload))).ToList();
            var m = Median(runs);
            Console.WriteLine($"{method,-10} {epsilon,5} {rho.ToDouble(),9:G3} {m.Seconds,7:F2} {m.Seconds / TargetSeconds,6:F2} " +
                              $"{Fit(m.Report.Marginals[0]),16} {Fit(m.Report.Marginals[1]),16} {Fit(m.Report.Marginals[2]),16} " +
                              $"{m.Report.Classifier!.TrainedOnSynthetic,8:F4} {m.Report.Classifier.TrainedOnReal,8:F4} {m.Report.Classifier.Ratio,6:F3}");
        }
        Console.WriteLine("time ÷10 s: wall time of Synthesizer.Synthesize (measure, select, fit, sample) over the 10 s target; ratio: synthetic-trained ÷ real-trained accuracy.");
        return Task.FromResult(0);
    }

    // mst: McKenna's MST; mst-target: MST built around salary-class; aim: AIM over all pairs.
    private static SynthesisRequest Request(string method, EncodedTable train, Rational rho, int rows, IReadOnlyList<IReadOnlyList<string>> workload) =>
        method switch
        {
            "mst" => new SynthesisRequest { Table = train, Rho = rho, Rows = rows },
            "mst-target" => new SynthesisRequest { Table = train, Rho = rho, Rows = rows, Target = "salary-class" },
            "aim" => new SynthesisRequest { Table = train, Rho = rho, Rows = rows, Method = SynthesisMethod.Aim, Workload = workload },
            _ => throw new ArgumentException($"Unknown method '{method}'; use mst, mst-target or aim."),
        };

    private static (double Seconds, UtilityReport Report) Run(EncodedTable train, EncodedTable test, SynthesisRequest request)
    {
        var watch = Stopwatch.StartNew();
        var result = Synthesizer.Synthesize(request);
        var seconds = watch.Elapsed.TotalSeconds;
        return (seconds, UtilityEvaluator.Evaluate(train, result.Rows, test, "salary-class"));
    }

    // Median run by mean 2-way TVD; its time is replaced by the median time.
    private static (double Seconds, UtilityReport Report) Median(List<(double Seconds, UtilityReport Report)> runs)
    {
        var byTvd = runs.OrderBy(r => r.Report.Marginals[1].MeanTvd).ToList();
        var seconds = runs.Select(r => r.Seconds).Order().ToList()[runs.Count / 2];
        return (seconds, byTvd[runs.Count / 2].Report);
    }

    private static string Fit(MarginalFit fit) => $"{fit.MeanTvd:F4}/{fit.WorstTvd:F4}";

    private static EncodedTable LoadAdult(string directory)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, "adult.csv"));
        var header = lines[0].Split(';');
        var declared = new Dictionary<string, SynthesisDomain>(StringComparer.Ordinal);
        foreach (var column in header)
        {
            if (column == "age")
            {
                declared[column] = NumericBinDomain.Parse(column, "15:95:5");
                continue;
            }
            using var reader = new StreamReader(Path.Combine(directory, $"adult_hierarchy_{column}.csv"));
            declared[column] = HierarchyLeaves.Read(column, reader);
        }
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => (IReadOnlyList<string?>)l.Split(';'));
        return new DomainEncoder(header, declared).Encode(rows).Table;
    }

    private static IReadOnlyList<IReadOnlyList<string>> AllPairs(EncodedTable table) =>
        (from a in Enumerable.Range(0, table.ColumnCount)
         from b in Enumerable.Range(a + 1, table.ColumnCount - a - 1)
         select (IReadOnlyList<string>)[table.Domains[a].Column, table.Domains[b].Column]).ToArray();

    private static string DataDirectory([CallerFilePath] string source = "")
    {
        var dir = new FileInfo(source).Directory;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kura.slnx")))
            dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "data", "adult"));
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
