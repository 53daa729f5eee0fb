using Kura.Core;
using Kura.DemoData;
using Kura.Engine.Projects;
using Kura.Ledger;

namespace Kura.IntegrationTests;

public class EngineWorkflowTests
{
    [Fact]
    public void Import_RecordsDatasetAndLedgerEntries()
    {
        using var fixture = new HomeFixture();
        using var engine = fixture.Open();
        fixture.LoadDemo(engine);

        var dataset = engine.ShowDataset("medical");
        Assert.Equal(["claims", "facial_images", "patients"], dataset.Tables.Select(t => t.Name));
        Assert.Equal(300, dataset.FindTable("patients")!.PersonCount);
        var imported = engine.Ledger.ReadAll().Where(e => e.Type == LedgerEntryTypes.DatasetImported).ToList();
        Assert.Equal(3, imported.Count);
        Assert.All(imported, e => Assert.Equal(64, e.Payload["source_sha256"]!.GetValue<string>().Length));
        Assert.True(engine.Ledger.Verify().IsValid);
    }

    [Fact]
    public void Classify_WithAccept_ConfirmsDemoClassesAndLedgersEachChange()
    {
        using var fixture = new HomeFixture();
        using var engine = fixture.Open();
        fixture.LoadDemo(engine);

        var results = engine.Classify("medical", accept: true);

        var truth = DemoSchema.All.ToDictionary(c => (c.Table, c.Name), c => c.TrueClass);
        var correct = results.Count(r => truth[(r.Table, r.Column.Name)] == r.Column.Class);
        Assert.True(correct >= results.Count - 1, $"{correct} of {results.Count} demo columns classified as their ground truth");
        Assert.All(results, r => Assert.True(r.Column.ClassConfirmed));
        Assert.Contains(engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.ClassificationChanged);
    }

    [Fact]
    public void SetColumnClass_OnPersonKey_IsRefused()
    {
        using var fixture = new HomeFixture();
        using var engine = fixture.Open();
        fixture.LoadDemo(engine);
        var e = Assert.Throws<KuraException>(() => engine.SetColumnClass("medical", "patients.person_id", ColumnClass.Ordinary));
        Assert.Equal("KURA-PERSON-KEY-FIXED", e.Code);
    }

    [Fact]
    public void Classify_ColumnNamedLikeAPersonKey_BecomesADirectIdentifierAndStaysChangeable()
    {
        // Only the declared key may be the person key: queries join and bound persons by that class.
        using var fixture = new HomeFixture();
        using var engine = fixture.Open();
        Directory.CreateDirectory(fixture.DataDirectory);
        var file = Path.Combine(fixture.DataDirectory, "charts.csv");
        File.WriteAllText(file, "患者ID,カルテ番号,性別\nP1,C1,男\nP2,C2,女\nP3,C3,男\n");
        engine.Import(new Engine.Intake.ImportRequest(file, "charts", "visits", PrivacyUnit.Key("患者ID")));

        var results = engine.Classify("charts", accept: true);

        Assert.Equal(ColumnClass.PersonKey, results.Single(r => r.Column.Name == "患者ID").Column.Class);
        var chart = results.Single(r => r.Column.Name == "カルテ番号");
        Assert.Equal(ColumnClass.DirectIdentifier, chart.Column.Class);
        Assert.Contains("not the declared person key", chart.Reason, StringComparison.Ordinal);
        Assert.Equal(ColumnClass.QuasiIdentifier, engine.SetColumnClass("charts", "visits.カルテ番号", ColumnClass.QuasiIdentifier).Class);
        Assert.Equal("KURA-PERSON-KEY-FIXED",
            Assert.Throws<KuraException>(() => engine.SetColumnClass("charts", "visits.カルテ番号", ColumnClass.PersonKey)).Code);
    }

    [Theory]
    [InlineData(Purpose.Marketing)]
    [InlineData(Purpose.IndividualDecision)]
    public void ApproveProject_IneligiblePurpose_IsRefusedButRecorded(Purpose purpose)
    {
        using var fixture = new HomeFixture();
        using var engine = fixture.Open();
        fixture.LoadDemo(engine);
        engine.CreateProject(new ProjectRequest("p", "Org", purpose, ["medical"], new PrivacyBudget(1, 0.000001m)));

        var e = Assert.Throws<KuraException>(() => engine.ApproveProject("p", "steward"));
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.Equal(ProjectStatus.Rejected, engine.ShowProject("p").Status);
        Assert.DoesNotContain(engine.Ledger.ReadAll(), x => x.Type == LedgerEntryTypes.ProjectApproved);
    }

    [Fact]
    public void CreateProject_UnknownDataset_IsRefused()
    {
        using var fixture = new HomeFixture();
        using var engine = fixture.Open();
        var e = Assert.Throws<KuraException>(() =>
            engine.CreateProject(new ProjectRequest("p", "Org", Purpose.Statistics, ["nope"], new PrivacyBudget(1, 0))));
        Assert.Equal("KURA-DATASET-NOT-FOUND", e.Code);
    }
}
