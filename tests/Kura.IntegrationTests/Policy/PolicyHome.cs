using Kura.Core;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Storage;
using Kura.Storage.Catalog;
using Kura.Storage.Ledger;
using Kura.Storage.Vault;

namespace Kura.IntegrationTests.Policy;

/// <summary>
/// A fresh home whose engine is built from its parts, so a test can also read the vault's release
/// views directly (as every release path does). Also writes a small hand-made dataset whose
/// children, consents and ages are known exactly.
/// </summary>
public sealed class PolicyHome : IDisposable
{
    /// <summary>The hand-made dataset's name.</summary>
    public const string Clinic = "clinic";

    private readonly TempDirectory _dir = new();

    public PolicyHome(DateTimeOffset? start = null)
    {
        Clock = new ManualClock(start ?? new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Home = new KuraHome(Path.Combine(_dir.Path, "home"));
        EmbeddedKura.Init(Home);
        Vault = new DuckDbVault(Home.VaultPath);
        _catalog = new SqliteCatalog(Home.CatalogPath);
        _ledger = FileLedgerStore.Open(Home.LedgerDirectory, Home.KeysDirectory, Clock);
        Engine = new KuraEngine(Vault, _catalog, _ledger, Clock, "tester") { PolicyFiles = HomePolicyFile.For(Home) };
    }

    private readonly SqliteCatalog _catalog;
    private readonly FileLedgerStore _ledger;

    /// <summary>A second engine on the same home acting as another OS user (never disposed: it shares the parts).</summary>
    public KuraEngine As(string actor) => new(Vault, _catalog, _ledger, Clock, actor) { PolicyFiles = HomePolicyFile.For(Home) };

    public ManualClock Clock { get; }
    public KuraHome Home { get; }
    public DuckDbVault Vault { get; }
    public KuraEngine Engine { get; }
    public string PolicyPath => HomePolicyFile.For(Home).Location;

    /// <summary>
    /// Dataset <see cref="Clinic"/>: facial(person_id, face, age, consent) and claims(person_id, diagnosis, cost).
    /// Children without recorded consent: A02 (refused), A03 (blank), A07 (age unknown). A06 has no image.
    /// </summary>
    public void LoadClinic()
    {
        Write("facial.csv", """
            person_id,face,age,consent
            A01,faces/a01.jpg,10,true
            A02,faces/a02.jpg,12,false
            A03,faces/a03.jpg,15,
            A04,faces/a04.jpg,16,
            A05,faces/a05.jpg,40,false
            A06,,9,false
            A07,faces/a07.jpg,,
            """);
        Write("claims.csv", """
            person_id,diagnosis,cost
            A01,J10,1000
            A02,J10,2000
            A02,I63,3000
            A03,I63,1500
            A04,J10,900
            A05,I63,4000
            A06,J10,700
            A07,I63,800
            A08,J10,600
            """);
        foreach (var table in new[] { "facial", "claims" })
            Engine.Import(new ImportRequest(Path.Combine(_dir.Path, table + ".csv"), Clinic, table, PrivacyUnit.Key("person_id")));
        Engine.SetColumnClass(Clinic, "facial.face", ColumnClass.Facial);
        Engine.SetColumnClass(Clinic, "facial.age", ColumnClass.QuasiIdentifier, subjectAge: true);
        Engine.SetColumnClass(Clinic, "claims.diagnosis", ColumnClass.SpecialCare);
    }

    /// <summary>Distinct persons a release path would see in <paramref name="table"/>, read through the release views.</summary>
    public IReadOnlyList<string> ReleasedPersons(string dataset, string table)
    {
        var schema = Engine.ReleaseSourceFor(dataset);
        return [.. Vault.Backend.Execute($"SELECT DISTINCT CAST(person_id AS VARCHAR) AS p FROM \"{schema}\".\"{table}\" ORDER BY p")
            .Select(r => (string)r[0]!)];
    }

    public string File(string name) => Path.Combine(_dir.Path, name);

    public void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text.ReplaceLineEndings("\n") + "\n");

    public void Dispose()
    {
        Engine.Dispose();
        _dir.Dispose();
    }
}
