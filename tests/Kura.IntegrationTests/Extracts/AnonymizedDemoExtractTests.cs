using Kura.Core;
using Kura.DemoData;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>Anonymised extracts of the demo data: a person-level join, automatic hierarchies, l-diversity, the policy's ceilings.</summary>
public class AnonymizedDemoExtractTests
{
    private static readonly string[] Quasi = ["生年月日", "性別", "都道府県", "郵便番号"];

    private static ExtractRequest Request(ExtractHome home, string file, int k) => new()
    {
        Project = "anon", Kind = ExtractKind.Anonymized, OutputPath = home.Out(file), K = k, L = 2, SuppressionLimit = 0.1,
        Tables = [DemoSchema.PatientsTable, DemoSchema.ClaimsTable],
        Columns = ["生年月日", "性別", "都道府県", "郵便番号", "傷病名コード"],
        Hierarchies = [new HierarchyInput("性別", "*", null)],
    };

    [Fact]
    public void Extract_PatientsJoinedWithClaims_OneRowPerPersonKAndLHoldAndNoLinkingCode()
    {
        using var home = new ExtractHome().LoadDemo(400);
        home.Approve("anon", ExtractHome.Demo, ReleaseKind.AnonymizedExtract);

        var outcome = home.Engine.Extract(Request(home, "demo-anon.csv", 20));

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.Equal([.. Quasi, "傷病名コード"], csv.Header);
        Assert.True(KAnonymityChecker.SmallestClass(csv, Quasi) >= 20);
        Assert.True(KAnonymityChecker.FewestDistinct(csv, Quasi, "傷病名コード") >= 2);
        Assert.Contains(outcome.Dropped, d => d.Column == "person_id" && d.Reason == DropReason.LinkingCode);
        Assert.DoesNotContain(outcome.Columns, c => c.Class is ColumnClass.PersonKey or ColumnClass.DirectIdentifier or ColumnClass.Facial);
        var persons = ExtractCsv.Read(home.DemoFiles!.File(DemoSchema.PatientsTable).Path).Rows.Count;
        Assert.True(outcome.Statistics.SourceRecords <= persons, "one row per person at most");
        Assert.Equal(outcome.Statistics.SourceRecords - outcome.Statistics.SuppressedRecords, csv.Rows.Count);
        Assert.Contains(outcome.Statistics.Levels, l => l.Column == "都道府県" && l.Hierarchy == "automatic:prefecture");
        Assert.Contains(outcome.Statistics.Levels, l => l.Column == "生年月日" && l.Hierarchy == "automatic:date");
    }

    [Fact]
    public void Extract_StricterPolicyCeiling_RefusesWhatTheDefaultAllows()
    {
        using var home = new ExtractHome().LoadDemo(400);
        home.Approve("anon", ExtractHome.Demo, ReleaseKind.AnonymizedExtract);
        var allowed = ExtractCsv.Read(home.Engine.Extract(Request(home, "allowed.csv", 20)).OutputPath);
        Assert.True(KAnonymityChecker.SmallestClass(allowed, Quasi) >= 20);
        Assert.True(KAnonymityChecker.FewestDistinct(allowed, Quasi, "傷病名コード") >= 2);

        home.Engine.SetPolicyParameter("extract.highestRiskOneIn", "1000", "test: a stricter ceiling");
        var e = Assert.Throws<KuraException>(() => home.Engine.Extract(Request(home, "refused.csv", 20)));

        Assert.Equal("KURA-ANON-NO-SOLUTION", e.Code);
        Assert.Equal(KuraErrorKind.RefusedByPrivacy, e.Kind);
        Assert.Contains("extract.highestRiskOneIn", e.Message);
        Assert.Equal(["allowed.csv", "allowed.csv.manifest.json"], home.OutputFiles().Order(StringComparer.Ordinal));
        Assert.Single(home.ExtractEntries());
    }
}
