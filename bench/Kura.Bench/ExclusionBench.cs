using System.Diagnostics;
using System.Globalization;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Storage;
using Kura.Storage.Catalog;
using Kura.Storage.Ledger;
using Kura.Storage.Vault;

namespace Kura.Bench;

/// <summary>
/// What the engine-enforced row exclusions cost a release: <c>ReleaseSourceFor</c> when nothing
/// changed (policy evaluated, children's facial rows queried, fingerprint compared) and after an
/// objection (list replaced, views recreated), each as a ratio of one raw scan of the claims (distinct persons and total cost)
/// in the same run. Usage: <c>exclusions [--patients 200000] [--repeat 9] [--fresh]</c>.
/// </summary>
public sealed class ExclusionBench : IBenchmark
{
    private const string Dataset = "medical";

    public string Name => "exclusions";

    public string Description => "ReleaseSourceFor (exclusions brought up to date before a release) as a ratio of one raw scan of the claims";

    public Task<int> RunAsync(string[] args)
    {
        var patients = int.Parse(Option(args, "--patients") ?? "200000", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Option(args, "--repeat") ?? "9", CultureInfo.InvariantCulture);
        var home = Prepare(patients, args.Contains("--fresh"));
        var vault = new DuckDbVault(home.VaultPath);
        using var engine = new KuraEngine(vault, new SqliteCatalog(home.CatalogPath),
            FileLedgerStore.Open(home.LedgerDirectory, home.KeysDirectory, TimeProvider.System), TimeProvider.System, "bench")
        {
            PolicyFiles = HomePolicyFile.For(home),
        };
        var schema = engine.ReleaseSourceFor(Dataset);
        var claims = engine.ShowDataset(Dataset).FindTable(DemoSchema.ClaimsTable)!.RowCount;
        string Persons(string source) => $"SELECT count(DISTINCT \"{DemoSchema.PersonKey}\"), sum(\"費用_円\") FROM \"{source}\".\"{DemoSchema.ClaimsTable}\"";
        var baseline = Median(repeat, () => vault.Backend.Execute(Persons(Dataset)));
        var unchanged = Median(repeat, () => engine.ReleaseSourceFor(Dataset));
        var n = engine.ListObjections(Dataset).Count;
        var changed = Median(repeat, () =>
        {
            engine.AddObjection(Dataset, string.Create(CultureInfo.InvariantCulture, $"P{++n:D8}"));
            return engine.ReleaseSourceFor(Dataset);
        });
        var viaViews = Median(repeat, () => vault.Backend.Execute(Persons(schema)));
        var summary = engine.ExclusionsOf(Dataset);
        Console.WriteLine($"{patients:N0} patients, {claims:N0} claims; excluded {summary.Total:N0} ({summary.MinorsWithoutConsent:N0} children without consent, " +
                          $"{summary.Objectors:N0} objectors); median of {repeat}");
        Console.WriteLine($"{"measure",-40} {"ms",8} {"ratio",7}");
        Print("baseline: persons and cost, raw claims", baseline, baseline);
        Print("same over the claims release view", viaViews, baseline);
        Print("ReleaseSourceFor, nothing changed", unchanged, baseline);
        Print("AddObjection + ReleaseSourceFor", changed, baseline);
        return Task.FromResult(0);
    }

    private static void Print(string label, double ms, double baseline) =>
        Console.WriteLine($"{label,-40} {ms,8:F1} {ms / baseline,7:F2}");

    private static double Median<T>(int repeat, Func<T> work)
    {
        var times = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static KuraHome Prepare(int patients, bool fresh)
    {
        var root = Path.Combine(Path.GetTempPath(), "kura-exclbench", patients.ToString(CultureInfo.InvariantCulture));
        var home = new KuraHome(Path.Combine(root, "home"));
        if (fresh && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        if (File.Exists(Path.Combine(root, "complete"))) return home;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var files = DemoDataGenerator.Write(new DemoDataOptions { OutputDirectory = Path.Combine(root, "data"), Patients = patients });
        EmbeddedKura.Init(home);
        using (var engine = EmbeddedKura.Open(home, actor: "bench"))
        {
            foreach (var f in files.Files)
                engine.Import(new ImportRequest(f.Path, Dataset, f.Table, PrivacyUnit.Key(DemoSchema.PersonKey)));
            engine.Classify(Dataset, accept: true);
            engine.DeclareFacialConsent(Dataset, $"{DemoSchema.FacialImagesTable}.保護者同意");
        }
        File.WriteAllText(Path.Combine(root, "complete"), "");
        return home;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
