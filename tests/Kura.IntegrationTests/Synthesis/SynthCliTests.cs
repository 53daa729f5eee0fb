using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.IntegrationTests.Extracts;

namespace Kura.IntegrationTests.Synthesis;

/// <summary><c>kura synth</c> and <c>kura synth domain</c> as a user runs them: parsing, exit codes, JSON, the three files.</summary>
[Collection(nameof(ConsoleCollection))]
public class SynthCliTests
{
    private static readonly string[] AdultColumns = ["age", "sex", "education", "marital-status", "salary-class"];

    private static string Hierarchy(string column) => Path.Combine(ExtractHome.AdultDirectory(), $"adult_hierarchy_{column}.csv");

    private static SynthHome AdultHome()
    {
        var home = new SynthHome();
        home.Engine.Import(new ImportRequest(Path.Combine(ExtractHome.AdultDirectory(), "adult.csv"), "adult", "adult", PrivacyUnit.PerRow));
        home.Engine.Classify("adult", accept: true);
        home.Approve("cli", "adult", 5, 0.000000001m, ReleaseKind.Synthetic);
        home.CloseEngine();
        return home;
    }

    [Fact]
    public void Synth_AdultWithStoredDomainsAndATarget_DefaultsToMstAroundTheTargetAndWritesThreeFiles()
    {
        using var home = AdultHome();
        string[] domains = ["adult.age=15:95:5", .. AdultColumns.Skip(1).Select(c => $"adult.{c}=@{Hierarchy(c)}")];
        var (stored, _, storeErr) = CliRunner.Run(["synth", "domain", "adult", .. domains, "--home", home.Home.Root, "--json"]);
        Assert.True(stored == 0, storeErr);

        var (code, output, err) = CliRunner.Run("synth", "--project", "cli", "--epsilon", "1", "--rows", "3000", "--columns", string.Join(',', AdultColumns),
            "--target", "salary-class", "--out", home.Out("adult.csv"), "--home", home.Home.Root, "--json");

        Assert.True(code == 0, err);
        var report = JsonNode.Parse(output)!;
        Assert.Equal("mst", report["method"]!.GetValue<string>());
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(home.Out("adult.csv"))));
        Assert.Equal(sha256, report["sha256"]!.GetValue<string>());
        var manifest = JsonNode.Parse(File.ReadAllText(home.Out("adult.csv.manifest.json")))!;
        Assert.Equal(sha256, manifest["file"]!["sha256"]!.GetValue<string>());
        Assert.Equal("salary-class", manifest["provenance"]!["model_target"]!.GetValue<string>());
        // Built around the target: every clique of the model holds salary-class, with two other columns.
        Assert.All(manifest["provenance"]!["model_cliques"]!.AsArray(), clique =>
        {
            Assert.Contains("salary-class", clique!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.Equal(3, clique.AsArray().Count);
        });
        var utility = JsonNode.Parse(File.ReadAllText(home.Out("adult.csv.utility.json")))!;
        Assert.Equal("salary-class", utility["classifier"]!["target"]!.GetValue<string>());
        Assert.Equal(3, utility["marginals"]!.AsArray().Count);
        var csv = ExtractCsv.Read(home.Out("adult.csv"));
        Assert.Equal(AdultColumns, csv.Header);
        Assert.Equal(3000, csv.Rows.Count);
        foreach (var column in AdultColumns.Skip(1))
        {
            var leaves = File.ReadAllLines(Hierarchy(column)).Where(l => l.Length > 0).Select(l => l.Split(';')[0]).Append("その他").ToHashSet();
            Assert.All(csv.Column(column), v => Assert.Contains(v, leaves));
        }
        var ages = Enumerable.Range(0, 16).Select(i => i == 15 ? "[90, 95]" : $"[{15 + 5 * i}, {20 + 5 * i})").ToHashSet();
        Assert.All(csv.Column("age"), v => Assert.Contains(v, ages));
    }

    [Fact]
    public void Synth_ColumnWithoutDomain_ExitsWithBadInputAndOneParagraph()
    {
        using var home = AdultHome();

        var (code, output, err) = CliRunner.Run("synth", "--project", "cli", "--epsilon", "1", "--rows", "100", "--columns", "sex",
            "--out", home.Out("refused.csv"), "--home", home.Home.Root);

        Assert.Equal((int)KuraErrorKind.BadInput, code);
        Assert.StartsWith("error KURA-SYNTH-DOMAIN-MISSING:", err);
        Assert.Contains("--domain sex=FILE", err);
        Assert.Equal("", output);
        Assert.Empty(home.OutputFiles());
    }

    [Fact]
    public void Synth_WithoutColumns_NamesTheColumnsLeftOutForWantOfADomain()
    {
        using var home = AdultHome();
        var (stored, _, storeErr) = CliRunner.Run("synth", "domain", "adult", "adult.age=15:95:5", $"adult.sex=@{Hierarchy("sex")}",
            $"adult.salary-class=@{Hierarchy("salary-class")}", "--home", home.Home.Root, "--json");
        Assert.True(stored == 0, storeErr);

        var (code, output, err) = CliRunner.Run("synth", "--project", "cli", "--epsilon", "1", "--rows", "200",
            "--out", home.Out("three.csv"), "--home", home.Home.Root, "--json");

        Assert.True(code == 0, err);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(new HashSet<string> { "age", "sex", "salary-class" }, report["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToHashSet());
        var leftOut = report["leftOut"]!.AsArray().Select(c => c!.GetValue<string>()).ToHashSet();
        string[] withoutDomain = ["race", "marital-status", "education", "native-country", "workclass", "occupation"];
        Assert.Equal(withoutDomain.Select(c => $"adult.{c}").ToHashSet(), leftOut);
    }

    [Fact]
    public void Synth_FeatureWithoutPerPerson_RefusedBeforeOpeningAnything()
    {
        using var home = AdultHome();

        var (code, _, err) = CliRunner.Run("synth", "--project", "cli", "--epsilon", "1", "--rows", "100", "--feature", "n=count:adult:3",
            "--out", home.Out("refused.csv"), "--home", home.Home.Root);

        Assert.Equal((int)KuraErrorKind.BadInput, code);
        Assert.StartsWith("error KURA-SYNTH-PARAMETER:", err);
        Assert.Empty(home.OutputFiles());
    }
}
