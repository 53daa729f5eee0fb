using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>匿名加工情報 end to end on Adult and the demo data, every file checked by <see cref="KAnonymityChecker"/>.</summary>
public class AnonymizedExtractTests : IClassFixture<AnonymizedExtractTests.AdultHome>
{
    /// <summary>Adult imported once for the class; project "a" approved for anonymized extracts, "q" for DP queries only.</summary>
    public sealed class AdultHome : IDisposable
    {
        public AdultHome()
        {
            Home = new ExtractHome().LoadAdult();
            Home.Approve("a", ExtractHome.Adult, ReleaseKind.AnonymizedExtract);
            Home.Approve("q", ExtractHome.Adult, ReleaseKind.DpQuery);
        }

        public ExtractHome Home { get; }

        public void Dispose() => Home.Dispose();
    }

    private readonly ExtractHome _home;

    public AnonymizedExtractTests(AdultHome adult) => _home = adult.Home;

    private static IReadOnlyList<HierarchyInput> AdultHierarchies(params string[] columns) =>
        [.. columns.Select(c =>
        {
            var file = Path.Combine(ExtractHome.AdultDirectory(), $"adult_hierarchy_{c}.csv");
            return new HierarchyInput(c, Path.GetFileName(file), File.ReadAllText(file));
        })];

    private ExtractRequest Adult(string file, int k, double suppression = 0, double? l = null, string project = "a") => new()
    {
        Project = project, Kind = ExtractKind.Anonymized, OutputPath = _home.Out(file), K = k, L = l, SuppressionLimit = suppression,
        Hierarchies = AdultHierarchies(ExtractHome.AdultQuasiIdentifiers),
    };

    [Theory]
    [InlineData(5, 0.0, null)]
    [InlineData(5, 0.05, 2.0)]
    [InlineData(10, 0.02, 3.0)]
    public void Extract_Adult_IndependentCheckFindsKAndL(int k, double suppression, double? l)
    {
        var outcome = _home.Engine.Extract(Adult($"adult-{k}-{suppression}-{l}.csv", k, suppression, l));

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.Equal([.. ExtractHome.AdultQuasiIdentifiers, "occupation"], csv.Header.OrderBy(h => h == "occupation").ThenBy(h => Array.IndexOf(ExtractHome.AdultQuasiIdentifiers, h)));
        Assert.True(KAnonymityChecker.SmallestClass(csv, ExtractHome.AdultQuasiIdentifiers) >= k);
        if (l is { } diversity) Assert.True(KAnonymityChecker.FewestDistinct(csv, ExtractHome.AdultQuasiIdentifiers, "occupation") >= diversity);
        var s = outcome.Statistics;
        Assert.Equal(30_162, s.SourceRecords);
        Assert.Equal(s.SourceRecords - s.SuppressedRecords, csv.Rows.Count);
        Assert.True(s.SuppressedRecords <= suppression * s.SourceRecords);
        Assert.Equal(KAnonymityChecker.ClassCount(csv, ExtractHome.AdultQuasiIdentifiers), s.EquivalenceClasses);
        Assert.Equal(1.0 / KAnonymityChecker.SmallestClass(csv, ExtractHome.AdultQuasiIdentifiers), s.Risk.ProsecutorHighest, 12);
        Assert.True(s.RiskEnforced);
    }

    [Fact]
    public void Extract_AdultAgeWithoutHierarchyFile_UsesTheAutomaticAgeHierarchy()
    {
        var request = Adult("adult-auto-age.csv", 5);
        var outcome = _home.Engine.Extract(request with { Hierarchies = [.. request.Hierarchies.Where(h => h.Column != "age")] });

        var age = Assert.Single(outcome.Statistics.Levels, l => l.Column == "age");
        Assert.Equal("automatic:age", age.Hierarchy);
        Assert.Equal("adult_hierarchy_education.csv", Assert.Single(outcome.Statistics.Levels, l => l.Column == "education").Hierarchy);
        Assert.True(KAnonymityChecker.SmallestClass(ExtractCsv.Read(outcome.OutputPath), ExtractHome.AdultQuasiIdentifiers) >= 5);
    }

    [Fact]
    public void Extract_KBelowThePolicyCeiling_SearchKeepsEveryClassAtTheCeilingsSize()
    {
        // k = 2 alone allows classes of two (risk 1/2); the default ceiling of 1 in 5 makes the search keep classes of five.
        var outcome = _home.Engine.Extract(Adult("k2.csv", 2));

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.True(KAnonymityChecker.SmallestClass(csv, ExtractHome.AdultQuasiIdentifiers) >= 5);
        Assert.True(outcome.Statistics.Risk.ProsecutorHighest <= 0.2);
        var anonymization = ExtractHome.Manifest(outcome)["processing"]!["anonymization"]!;
        Assert.Equal(2, anonymization["k"]!.GetValue<int>());
        Assert.Equal(5, anonymization["smallest_class"]!.GetValue<int>());
    }

    [Fact]
    public void Extract_ProjectNotApprovedForExtracts_IsRefused()
    {
        var e = Assert.Throws<KuraException>(() => _home.Engine.Extract(Adult("not-approved.csv", 5, project: "q")));

        Assert.Equal("KURA-RELEASE-KIND-NOT-APPROVED", e.Code);
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.DoesNotContain(_home.OutputFiles(), f => f.Contains("not-approved", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuasiIdentifierWithoutHierarchy_IsRefusedSayingHowToGiveOne()
    {
        var request = Adult("no-hierarchy.csv", 5) with { Hierarchies = AdultHierarchies("education") };

        var e = Assert.Throws<KuraException>(() => _home.Engine.Extract(request));

        Assert.Equal("KURA-EXTRACT-HIERARCHY-MISSING", e.Code);
        Assert.Contains("--hierarchy", e.Message);
    }

    [Fact]
    public void Extract_AnonymizedWithoutK_IsRefused()
    {
        var e = Assert.Throws<KuraException>(() => _home.Engine.Extract(Adult("k-missing.csv", 5) with { K = null }));

        Assert.Equal("KURA-EXTRACT-PARAMETER", e.Code);
        Assert.Contains("--k", e.Message);
    }

    [Fact]
    public void Extract_PseudonymizedKindWithK_IsRefused()
    {
        var e = Assert.Throws<KuraException>(() => _home.Engine.Extract(Adult("p-with-k.csv", 5) with { Kind = ExtractKind.Pseudonymized, Hierarchies = [] }));

        Assert.Equal("KURA-EXTRACT-PARAMETER", e.Code);
        Assert.Contains("--k", e.Message);
    }

    [Fact]
    public void Extract_Released_LedgerEntryMatchesManifestAndFile()
    {
        var outcome = _home.Engine.Extract(Adult("ledgered.csv", 5, 0.02, 2));
        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.True(KAnonymityChecker.SmallestClass(csv, ExtractHome.AdultQuasiIdentifiers) >= 5);
        Assert.True(KAnonymityChecker.FewestDistinct(csv, ExtractHome.AdultQuasiIdentifiers, "occupation") >= 2);

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(outcome.OutputPath)));
        var manifest = ExtractHome.Manifest(outcome);
        Assert.Equal(sha, manifest["file"]!["sha256"]!.GetValue<string>());
        Assert.Equal("anonymized", manifest["kind"]!.GetValue<string>());
        Assert.Contains("匿名加工情報", manifest["notice"]!["ja"]!.GetValue<string>());
        var entry = Assert.Single(_home.ExtractEntries(), x => x.Payload["release_id"]!.GetValue<string>() == outcome.ReleaseId);
        Assert.Equal(manifest["ledger"]!["sequence"]!.GetValue<long>(), entry.Sequence);
        Assert.Equal(sha, entry.Payload["file_sha256"]!.GetValue<string>());
        var anonymization = entry.Payload["processing"]!["anonymization"]!;
        Assert.Equal(5, anonymization["k"]!.GetValue<int>());
        Assert.Equal(8, anonymization["levels"]!.AsArray().Count);
        Assert.Equal(outcome.Statistics.Risk.ProsecutorHighest, entry.Payload["risk"]!["prosecutor_highest"]!.GetValue<double>());
        Assert.True(_home.Engine.Ledger.Verify().IsValid);
    }
}
