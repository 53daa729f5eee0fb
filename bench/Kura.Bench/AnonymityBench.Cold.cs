using System.Diagnostics;
using System.Globalization;
using Kura.Anonymity;

namespace Kura.Bench;

public sealed partial class AnonymityBench
{
    private const string ColdFlag = "--cold";

    // A fresh process per run: runtime start, CSV and hierarchy load, anonymisation, extract written to a file.
    private static void Cold(string directory)
    {
        Console.WriteLine("Cold, whole process (fresh `Kura.Bench anonymity --cold` per run: start, load CSV + hierarchies, anonymise, write extract):");
        Console.WriteLine($"{"k",3} {"supp",5} | {"Kura ms",8} {"ARX ms",10} {"ARX/Kura",10} | {"peak MiB",8}");
        foreach (var c in Configurations)
        {
            var (ms, peak) = Child(directory, c.K, c.Suppression, rows: 0);
            Console.WriteLine(Inv($"{c.K,3} {c.Suppression,5:P0} | {ms,8:F0} {"1600-4300",10} {1600 / ms,4:F1}-{4300 / ms,-4:F1}x | {peak,8}"));
        }
        Console.WriteLine();
    }

    private static (double Ms, long PeakMiB) Child(string directory, int k, double suppression, int rows)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Run through the apphost when there is one, else as `dotnet Kura.Bench.dll`.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") info.ArgumentList.Add(typeof(AnonymityBench).Assembly.Location);
        foreach (var a in new[] { "anonymity", ColdFlag, directory, Inv($"{k}"), Inv($"{suppression}"), Inv($"{rows}") }) info.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        var peak = output.Split('\n').Where(l => l.StartsWith("peak_mib=", StringComparison.Ordinal)).Select(l => long.Parse(l[9..], CultureInfo.InvariantCulture)).FirstOrDefault(-1);
        return (ms, peak);
    }

    /// <summary>Child side: one anonymisation from files (rows &gt; 0: the replica of that size), extract written to a temporary file.</summary>
    private static int RunCold(string[] args)
    {
        var directory = args[0];
        int k = int.Parse(args[1], CultureInfo.InvariantCulture), rows = int.Parse(args[3], CultureInfo.InvariantCulture);
        var suppression = double.Parse(args[2], CultureInfo.InvariantCulture);
        var (header, source) = AnonymityAdultData.ReadCsv(Path.Combine(directory, "adult.csv"));
        var table = rows > 0
            ? AnonymityAdultData.FromColumns(header, AnonymityAdultData.Replicate(header, source, rows))
            : AnonymityAdultData.ToTable(header, source);
        var spec = new AnonymizationSpec { QuasiIdentifiers = AnonymityAdultData.Hierarchies(directory, AnonymityAdultData.QuasiIdentifiers), K = k, SuppressionLimit = suppression };
        var result = Anonymizer.Anonymize(table, spec);
        var path = Path.GetTempFileName();
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine(string.Join(';', result.Table.ColumnNames));
            foreach (var row in result.Table.Rows()) writer.WriteLine(string.Join(';', row));
        }
        File.Delete(path);
        Console.WriteLine(Inv($"peak_mib={Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}"));
        return 0;
    }
}
