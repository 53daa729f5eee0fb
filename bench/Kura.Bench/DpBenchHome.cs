using System.Globalization;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Storage;

namespace Kura.Bench;

/// <summary>
/// The demo data (claims and patients) imported through the engine into a Kura home, cached under
/// <c>/tmp/kura-dpbench/&lt;patients&gt;-&lt;seed&gt;</c> so repeated runs skip generation and import.
/// The steward's declarations are the demo's: claims.費用_円 bounded to [0, 300 000] yen, a public
/// domain for claims.傷病名コード (the generator's ICD-10 codes) and for patients.性別. One person in a
/// thousand is on the objection register, so the release views have persons to leave out.
/// </summary>
internal sealed class DpBenchHome
{
    public const string Dataset = "bench";
    public const string KeyColumn = "傷病名コード";
    public const string CostColumn = "費用_円";
    public const decimal CostUpper = 300_000m;

    private DpBenchHome(KuraHome home, long claims, string releaseSchema, int objectors) =>
        (Home, Claims, ReleaseSchema, Objectors) = (home, claims, releaseSchema, objectors);

    public KuraHome Home { get; }

    public long Claims { get; }

    /// <summary>The vault schema of the dataset's release views (the tables minus excluded persons).</summary>
    public string ReleaseSchema { get; }

    public int Objectors { get; }

    /// <summary>Generates (or reuses) the data and the home; <paramref name="fresh"/> rebuilds both.</summary>
    public static DpBenchHome Prepare(int patients, long seed, int maxRowsPerPerson, bool fresh)
    {
        var root = Path.Combine(Path.GetTempPath(), "kura-dpbench", string.Create(CultureInfo.InvariantCulture, $"{patients}-{seed}"));
        var data = Path.Combine(root, "data");
        var home = new KuraHome(Path.Combine(root, "home"));
        if (fresh && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        if (!File.Exists(Path.Combine(data, "complete")))
        {
            Console.WriteLine($"generating demo data: {patients:N0} patients, seed {seed} → {data}");
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            DemoDataGenerator.Write(new DemoDataOptions { OutputDirectory = data, Patients = patients, Seed = seed });
            File.WriteAllText(Path.Combine(data, "complete"), "");
        }
        if (!File.Exists(Path.Combine(home.Root, "complete")))
        {
            if (Directory.Exists(home.Root)) Directory.Delete(home.Root, recursive: true);
            Import(home, data);
            File.WriteAllText(Path.Combine(home.Root, "complete"), "");
        }
        if (!File.Exists(Path.Combine(home.Root, "objectors")))
        {
            AddObjectors(home);
            File.WriteAllText(Path.Combine(home.Root, "objectors"), "");
        }
        using (var engine = EmbeddedKura.Open(home, actor: "bench"))
        {
            engine.SetMaxRowsPerPerson(Dataset, DemoSchema.ClaimsTable, maxRowsPerPerson);
            var claims = engine.ShowDataset(Dataset).FindTable(DemoSchema.ClaimsTable)!.RowCount;
            var exclusions = engine.ExclusionsOf(Dataset);
            return new DpBenchHome(home, claims, exclusions.ReleaseSchema, exclusions.Total);
        }
    }

    public Dataset Load()
    {
        using var engine = EmbeddedKura.Open(Home, actor: "bench");
        return engine.ShowDataset(Dataset);
    }

    private static void Import(KuraHome home, string data)
    {
        Console.WriteLine($"importing into {home.Root}");
        EmbeddedKura.Init(home);
        using (var engine = EmbeddedKura.Open(home, actor: "bench"))
        {
            foreach (var table in new[] { DemoSchema.ClaimsTable, DemoSchema.PatientsTable })
                engine.Import(new ImportRequest(Path.Combine(data, table + ".csv"), Dataset, table, PrivacyUnit.Key(DemoSchema.PersonKey)));
            engine.DeclareBounds(Dataset, DemoSchema.ClaimsTable, CostColumn, new ValueBounds(0, CostUpper));
            engine.DeclareDomain(Dataset, DemoSchema.PatientsTable, "性別", ["男", "女"]);
        }
        List<string> codes;
        using (var vault = new Kura.Storage.Vault.DuckDbVault(home.VaultPath))
        {
            // Stands in for the steward's code list: the generator's diagnoses are a fixed public list.
            codes = vault.Backend.Execute($"SELECT DISTINCT \"{KeyColumn}\" FROM \"{Dataset}\".\"claims\" ORDER BY 1")
                .Select(r => (string)r[0]!).ToList();
        }
        using (var engine = EmbeddedKura.Open(home, actor: "bench"))
            engine.DeclareDomain(Dataset, DemoSchema.ClaimsTable, KeyColumn, codes);
    }

    private static void AddObjectors(KuraHome home)
    {
        using var engine = EmbeddedKura.Open(home, actor: "bench");
        var patients = engine.ShowDataset(Dataset).FindTable(DemoSchema.PatientsTable)!.PersonCount;
        for (var n = 1L; n <= patients; n += 1000)
            engine.AddObjection(Dataset, string.Create(CultureInfo.InvariantCulture, $"P{n:D8}"));
    }
}
