using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Extracts;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Ledger;

namespace Kura.IntegrationTests.Extracts;

/// <summary>A home with data loaded and classified, projects approved for extracts, and helpers to read what was released.</summary>
public sealed class ExtractHome : IDisposable
{
    public const string Demo = "medical";
    public const string Adult = "adult";
    public const string Survey = "survey";

    /// <summary>ARX's benchmark quasi-identifiers on Adult; occupation is the sensitive attribute.</summary>
    public static readonly string[] AdultQuasiIdentifiers =
        ["age", "education", "marital-status", "native-country", "race", "salary-class", "sex", "workclass"];

    private readonly HomeFixture _fixture = new();
    private readonly TempDirectory _out = new();

    private KuraEngine? _engine;

    /// <summary>The home's engine, opened on first use (again after <see cref="CloseEngine"/>).</summary>
    public KuraEngine Engine => _engine ??= _fixture.Open();

    /// <summary>Closes the engine so another process or a CLI run can open the home.</summary>
    public void CloseEngine()
    {
        _engine?.Dispose();
        _engine = null;
    }

    public KuraHome Home => _fixture.Home;

    /// <summary>The demo CSV files written by <see cref="LoadDemo"/>.</summary>
    public DemoDataResult? DemoFiles { get; private set; }

    /// <summary>Demo data (UTF-8) imported and classified with its ground-truth classes; the consent column declared.</summary>
    public ExtractHome LoadDemo(int patients = 300)
    {
        DemoFiles = _fixture.LoadDemo(Engine, patients, Demo);
        foreach (var c in DemoSchema.All.Where(c => c.TrueClass != ColumnClass.PersonKey))
            Engine.SetColumnClass(Demo, $"{c.Table}.{c.Name}", c.TrueClass, c.IsSubjectAge);
        Engine.DeclareFacialConsent(Demo, $"{DemoSchema.FacialImagesTable}.保護者同意");
        return this;
    }

    /// <summary>shared/data/adult/adult.csv imported with each row a person; ARX's 8 quasi-identifiers and occupation special-care.</summary>
    public ExtractHome LoadAdult()
    {
        Engine.Import(new ImportRequest(Path.Combine(AdultDirectory(), "adult.csv"), Adult, Adult, PrivacyUnit.PerRow));
        foreach (var column in AdultQuasiIdentifiers)
            Engine.SetColumnClass(Adult, $"{Adult}.{column}", ColumnClass.QuasiIdentifier, column == "age");
        Engine.SetColumnClass(Adult, $"{Adult}.occupation", ColumnClass.SpecialCare);
        return this;
    }

    /// <summary>
    /// A member survey (dataset <see cref="Survey"/>, table members, person key 会員ID) of <paramref name="persons"/> rows:
    /// 整理番号 a unique integer record number, 年齢/性別/都道府県 quasi-identifiers (30 members per sex and prefecture), 年収_万円 an integer, and 備考番号 valid
    /// My Numbers (unique, or one per <paramref name="sharedBy"/> persons) that a steward wrongly classified ordinary; with
    /// <paramref name="validNumbers"/>, only that many members' numbers have a valid check digit, the others a wrong one.
    /// </summary>
    public ExtractHome LoadSurvey(int persons = 300, int sharedBy = 1, int? validNumbers = null)
    {
        var lines = new List<string> { "会員ID,整理番号,年齢,性別,都道府県,年収_万円,備考番号" };
        string[] prefectures = ["東京都", "大阪府", "福岡県", "北海道", "愛知県"];
        for (var i = 0; i < persons; i++)
        {
            var myNumber = MyNumber.FromBase(31_415_926_535L + 7_919L * (i / sharedBy)).ToDigits();
            if (i >= (validNumbers ?? persons)) myNumber = myNumber[..11] + (char)('0' + (myNumber[11] - '0' + 1) % 10);
            var scrambled = (uint)(i * 2_654_435_761L) >> 7;   // Knuth's multiplicative hash: ages spread without a period
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"M{i:D5},{100_000 + 7 * i},{20 + scrambled % 60},{(i % 2 == 0 ? "男" : "女")},{prefectures[i % 5]},{300 + i * 53 % 700},{myNumber}"));
        }
        var file = _out.File("survey-source.csv");
        File.WriteAllLines(file, lines);
        Engine.Import(new ImportRequest(file, Survey, "members", PrivacyUnit.Key("会員ID")));
        File.Delete(file);
        Engine.SetColumnClass(Survey, "members.年齢", ColumnClass.QuasiIdentifier, true);
        foreach (var column in new[] { "性別", "都道府県" }) Engine.SetColumnClass(Survey, $"members.{column}", ColumnClass.QuasiIdentifier);
        foreach (var column in new[] { "整理番号", "年収_万円", "備考番号" }) Engine.SetColumnClass(Survey, $"members.{column}", ColumnClass.Ordinary);
        return this;
    }

    /// <summary>Requests <paramref name="project"/> for <paramref name="kinds"/>, records every step evidence can satisfy and approves with two stewards.</summary>
    public void Approve(string project, string dataset, params ReleaseKind[] kinds)
    {
        // Pseudonymised information may go only to a processor under an entrustment contract (APPI-PSE-02).
        var recipient = kinds.Contains(ReleaseKind.PseudonymizedExtract) ? Recipient.Processor : Recipient.ThirdParty;
        var review = Engine.RequestProject(new ProjectRequest(project, "Research lab", Purpose.Statistics, [dataset],
            new PrivacyBudget(1, 0.000001m), kinds, Justification: "extract tests", PublicHealthStatement: "Improves public-health statistics.", Recipient: recipient));
        Assert.False(review.Refused, $"the policy refused the test project: {string.Join(", ", review.Decision.RuleIds)}");
        // Notices are published, never asserted; one OS user plays both stewards in these tests.
        Engine.PublishNotice(dataset, "md", new Kura.Engine.Policy.HolderProfile("Research lab", "desk@lab.example"));
        Engine.SetPolicyParameter("approval.distinctActors", "false");
        foreach (var step in review.Decision.PendingSteps.Where(s => s.Id is not ("two-stewards" or "publish-notice" or "publish-biometric-handling")))
            Engine.RecordStep(project, step.Id, "recorded for the extract tests", "sato");
        if (Engine.ApproveProject(project, "sato").Status != ProjectStatus.Approved) Engine.ApproveProject(project, "tanaka");
        Assert.Equal(ProjectStatus.Approved, Engine.ShowProject(project).Status);
    }

    /// <summary>A path for an output file in this home's scratch directory.</summary>
    public string Out(string name) => _out.File(name);

    /// <summary>Every file in the scratch directory (to check a refusal left nothing, temporary files included).</summary>
    public IReadOnlyList<string> OutputFiles() => [.. Directory.EnumerateFiles(_out.Path).Select(Path.GetFileName).OfType<string>()];

    public IReadOnlyList<LedgerEntry> ExtractEntries() => [.. Engine.Ledger.ReadAll().Where(e => e.Type == LedgerEntryTypes.ExtractReleased)];

    /// <summary>The home's pseudonymisation key, as the tests' independent pseudonym computation needs it.</summary>
    public byte[] PseudonymKey() => File.ReadAllBytes(Path.Combine(Home.KeysDirectory, Kura.Storage.EmbeddedKura.PseudonymKeyFile));

    public static JsonObject Manifest(ExtractOutcome outcome) => JsonNode.Parse(File.ReadAllText(outcome.ManifestPath))!.AsObject();

    /// <summary>../shared/data/adult beside the repository root (the directory holding Kura.slnx).</summary>
    public static string AdultDirectory([CallerFilePath] string source = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kura.slnx"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Kura.slnx not found above the test sources."), "..", "shared", "data", "adult"));
    }

    public void Dispose()
    {
        CloseEngine();
        _fixture.Dispose();
        _out.Dispose();
    }
}
