using System.Text.Json.Nodes;
using Kura.Cli;
using Kura.Core;

namespace Kura.IntegrationTests.Extracts;

/// <summary><c>kura extract</c> as a user runs it: real parsing, hierarchy files, exit codes, JSON report, manifest.</summary>
[Collection(nameof(ConsoleCollection))]
public class ExtractCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string[] AdultArgs(ExtractHome home, string file, int k) =>
    [
        "extract", "--project", "cli", "--kind", "anonymized", "--k", k.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--suppression-limit", "0.02", "--l", "2", "--out", home.Out(file), "--home", home.Home.Root, "--json",
        .. ExtractHome.AdultQuasiIdentifiers.SelectMany(c => new[] { "--hierarchy", $"{c}={Path.Combine(ExtractHome.AdultDirectory(), $"adult_hierarchy_{c}.csv")}" }),
    ];

    [Fact]
    public void Extract_AdultAnonymized_WritesFileManifestAndJsonReport()
    {
        using var home = new ExtractHome().LoadAdult();
        home.Approve("cli", ExtractHome.Adult, ReleaseKind.AnonymizedExtract);
        home.CloseEngine();

        var (code, output, err) = Run(AdultArgs(home, "adult.csv", 5));

        Assert.True(code == 0, err);
        var report = JsonNode.Parse(output)!;
        Assert.Equal("anonymized", report["kind"]!.GetValue<string>());
        Assert.True(report["risk"]!["prosecutorHighest"]!.GetValue<double>() <= 0.2);
        var csv = ExtractCsv.Read(home.Out("adult.csv"));
        Assert.True(KAnonymityChecker.SmallestClass(csv, ExtractHome.AdultQuasiIdentifiers) >= 5);
        Assert.True(KAnonymityChecker.FewestDistinct(csv, ExtractHome.AdultQuasiIdentifiers, "occupation") >= 2);
        Assert.Equal(report["sha256"]!.GetValue<string>(),
            JsonNode.Parse(File.ReadAllText(home.Out("adult.csv.manifest.json")))!["file"]!["sha256"]!.GetValue<string>());
    }

    [Fact]
    public void Extract_RiskCeilingNoNodeMeets_ExitsWithPrivacyCodeAndOneParagraph()
    {
        using var home = new ExtractHome().LoadAdult();
        home.Approve("cli", ExtractHome.Adult, ReleaseKind.AnonymizedExtract);
        home.Engine.SetPolicyParameter("extract.highestRiskOneIn", "100000", "test: a ceiling no class of Adult can meet");
        home.CloseEngine();

        var (code, _, err) = Run(AdultArgs(home, "risky.csv", 2));

        Assert.Equal((int)KuraErrorKind.RefusedByPrivacy, code);
        Assert.StartsWith("error KURA-ANON-NO-SOLUTION:", err);
        Assert.Empty(home.OutputFiles());
    }
}
