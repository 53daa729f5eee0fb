using Kura.Core;
using Kura.Engine.Intake;

namespace Kura.IntegrationTests.Policy;

/// <summary>An approval covers what the stewards saw: new tables or sensitive reclassifications need re-approval and a newer notice.</summary>
public class ApprovalScopeTests
{
    private static void ImportRecords(PolicyHome home)
    {
        home.Write("records.csv", "person_id,criminal_record\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"S{i},c{i % 3}")) + "\n");
        home.Engine.Import(new ImportRequest(home.File("records.csv"), SurveyProject.Dataset, "records", PrivacyUnit.Key("person_id")));
    }

    [Fact]
    public void Query_TableImportedAfterApproval_NeedsReapprovalAndANewNotice()
    {
        using var home = SurveyProject.NewHome(amended: true);
        Assert.Equal(ProjectStatus.Approved, SurveyProject.Approve(home).Status);
        home.Engine.Query(SurveyProject.Count());
        home.Clock.Advance(TimeSpan.FromDays(1));

        ImportRecords(home);
        home.Engine.Classify(SurveyProject.Dataset, accept: true);
        var e = Assert.Throws<KuraException>(() => home.Engine.Query(SurveyProject.Count()));

        Assert.Equal("KURA-PROJECT-REAPPROVAL-NEEDED", e.Code);
        Assert.Contains("APPI-PUR-01", e.Message, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Requested, home.Engine.ShowProject("p").Status);
        Assert.Empty(home.Engine.ShowProject("p").Approvals);
        var changed = Assert.Single(home.Engine.Ledger.ReadAll(), x => x.Type == "project.scope_changed").Payload;
        Assert.Contains(changed["added"]!.AsArray().Select(n => n!.GetValue<string>()), x => x.StartsWith("survey.records.criminal_record", StringComparison.Ordinal));
        Assert.Contains(home.Engine.ReviewProject("p").Decision.PendingSteps, s => s.Id == "publish-notice");
        Assert.Equal("KURA-STEPS-PENDING", Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "sato")).Code);

        home.Clock.Advance(TimeSpan.FromHours(1));
        home.Engine.PublishNotice(SurveyProject.Dataset, "md", SurveyProject.Holder);
        SurveyProject.RecordSteps(home, "p");
        if (home.Engine.ApproveProject("p", "sato").Status != ProjectStatus.Approved) home.As("tanaka-os").ApproveProject("p", "tanaka");

        Assert.Equal(ProjectStatus.Approved, home.Engine.ShowProject("p").Status);
        home.Engine.Query(SurveyProject.Count());
    }

    [Fact]
    public void Query_ColumnReclassifiedAsSpecialCareAfterApproval_NeedsReapproval()
    {
        using var home = SurveyProject.NewHome();
        SurveyProject.Approve(home);

        home.Engine.SetColumnClass(SurveyProject.Dataset, "answers.score", ColumnClass.SpecialCare);

        Assert.Equal("KURA-PROJECT-REAPPROVAL-NEEDED", Assert.Throws<KuraException>(() => home.Engine.Query(SurveyProject.Count())).Code);
        var changed = Assert.Single(home.Engine.Ledger.ReadAll(), x => x.Type == "project.scope_changed").Payload;
        Assert.Equal(["survey.answers.score=SpecialCare"], changed["added"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["survey.answers.score"], changed["removed"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Query_ColumnReclassifiedWithinOrdinaryClasses_StaysApproved()
    {
        using var home = SurveyProject.NewHome();
        SurveyProject.Approve(home);

        home.Engine.SetColumnClass(SurveyProject.Dataset, "answers.score", ColumnClass.QuasiIdentifier);

        home.Engine.Query(SurveyProject.Count());
        Assert.DoesNotContain(home.Engine.Ledger.ReadAll(), x => x.Type == "project.scope_changed");
        Assert.Equal(ProjectStatus.Approved, home.Engine.ShowProject("p").Status);
    }

    [Fact]
    public void ReviewProject_ScopeRecords_AreNotShownAsStewardEvidence()
    {
        using var home = SurveyProject.NewHome();
        SurveyProject.Approve(home);

        Assert.DoesNotContain(home.Engine.ReviewProject("p").Evidence, e => e.StepId.StartsWith("kura.", StringComparison.Ordinal));
    }
}
