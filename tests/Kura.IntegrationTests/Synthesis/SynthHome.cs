using System.Text.Json.Nodes;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Engine.Synthesis;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Storage;
using Kura.Storage.Catalog;
using Kura.Storage.Extracts;
using Kura.Storage.Ledger;
using Kura.Storage.Vault;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>A home with data loaded and classified, projects approved for synthetic data, and helpers to read what was released.</summary>
public sealed class SynthHome : IDisposable
{
    public const string Demo = "medical";

    private readonly HomeFixture _fixture = new();
    private readonly TempDirectory _out = new();
    private KuraEngine? _engine;

    private DuckDbVault? _vault;

    /// <summary>The home's engine, built from its parts so <see cref="Vault"/> is reachable; opened on first use.</summary>
    public KuraEngine Engine => _engine ??= Open();

    /// <summary>The vault behind <see cref="Engine"/>, for reading the release views as a release path does.</summary>
    public DuckDbVault Vault
    {
        get
        {
            _ = Engine;
            return _vault!;
        }
    }

    public KuraHome Home => _fixture.Home;

    /// <summary>Closes the engine so a CLI run can open the home.</summary>
    public void CloseEngine()
    {
        _engine?.Dispose();
        _engine = null;
        _vault = null;
    }

    private KuraEngine Open()
    {
        _vault = new DuckDbVault(Home.VaultPath);
        return new KuraEngine(_vault, new SqliteCatalog(Home.CatalogPath), FileLedgerStore.Open(Home.LedgerDirectory, Home.KeysDirectory, TimeProvider.System),
            TimeProvider.System, "tester") { PolicyFiles = HomePolicyFile.For(Home), ExtractFiles = new HomeExtractFiles(Home) };
    }

    /// <summary>Demo data imported with its ground-truth classes and the public domains of sex and prefecture declared.</summary>
    public SynthHome LoadDemo(int patients = 400)
    {
        _fixture.LoadDemo(Engine, patients, Demo);
        foreach (var c in DemoSchema.All.Where(c => c.TrueClass != ColumnClass.PersonKey))
            Engine.SetColumnClass(Demo, $"{c.Table}.{c.Name}", c.TrueClass, c.IsSubjectAge);
        Engine.DeclareFacialConsent(Demo, $"{DemoSchema.FacialImagesTable}.保護者同意");
        Engine.DeclareDomain(Demo, DemoSchema.PatientsTable, "性別", ["男", "女"]);
        Engine.DeclareDomain(Demo, DemoSchema.PatientsTable, "都道府県", JapanesePrefectures.Names);
        return this;
    }

    /// <summary>Writes <paramref name="csv"/>, imports it as table <paramref name="table"/> of <paramref name="dataset"/> and confirms the suggested classes.</summary>
    public void Import(string dataset, string table, string csv, string? personKey = "person_id")
    {
        var path = _out.File($"{table}.source.csv");
        File.WriteAllText(path, csv.ReplaceLineEndings("\n") + "\n");
        Engine.Import(new ImportRequest(path, dataset, table, personKey is null ? PrivacyUnit.PerRow : PrivacyUnit.Key(personKey)));
        File.Delete(path);
        Engine.Classify(dataset, accept: true);
    }

    /// <summary>Requests <paramref name="project"/> for <paramref name="kinds"/> with budget (ε, δ), records the steps and approves with two stewards.</summary>
    public void Approve(string project, string dataset, decimal epsilon, decimal delta, params ReleaseKind[] kinds)
    {
        var review = Engine.RequestProject(new ProjectRequest(project, "Research lab", Purpose.Statistics, [dataset],
            new PrivacyBudget(epsilon, delta), kinds, Justification: "synthesis tests", PublicHealthStatement: "Improves public-health statistics."));
        Assert.False(review.Refused, $"the policy refused the test project: {string.Join(", ", review.Decision.RuleIds)}");
        // Notices are published, never asserted; one OS user plays both stewards in these tests.
        Engine.PublishNotice(dataset, "md", new Kura.Engine.Policy.HolderProfile("Research lab", "desk@lab.example"));
        Engine.SetPolicyParameter("approval.distinctActors", "false");
        foreach (var step in review.Decision.PendingSteps.Where(s => s.Id is not ("two-stewards" or "publish-notice" or "publish-biometric-handling")))
            Engine.RecordStep(project, step.Id, "recorded for the synthesis tests", "sato");
        if (Engine.ApproveProject(project, "sato").Status != ProjectStatus.Approved) Engine.ApproveProject(project, "tanaka");
        Assert.Equal(ProjectStatus.Approved, Engine.ShowProject(project).Status);
    }

    /// <summary>A path in this home's scratch directory for outputs.</summary>
    public string Out(string name) => _out.File(name);

    /// <summary>Every file in the scratch directory, temporary files included.</summary>
    public IReadOnlyList<string> OutputFiles() => [.. Directory.EnumerateFiles(_out.Path).Select(Path.GetFileName).OfType<string>()];

    public PrivacyCost Spent(string project) => Engine.BudgetOf(project).Spent;

    public IReadOnlyList<LedgerEntry> Entries(string type) => [.. Engine.Ledger.ReadAll().Where(e => e.Type == type)];

    public static JsonObject Manifest(SyntheticOutcome outcome) => JsonNode.Parse(File.ReadAllText(outcome.ManifestPath))!.AsObject();

    public void Dispose()
    {
        CloseEngine();
        _fixture.Dispose();
        _out.Dispose();
    }
}
