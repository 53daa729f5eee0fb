using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
using Kura.Ledger;
using Kura.Sql;

namespace Kura.IntegrationTests.Policy;

/// <summary>Approval expiry and revocation stop releases at once, between two releases of a running project.</summary>
public class ProjectLifetimeTests
{
    private const string Count = "SELECT COUNT(*) FROM answers";

    private static PolicyHome ApprovedSurveyProject(TimeSpan lifetime)
    {
        var home = new PolicyHome();
        home.Write("survey.csv", "person_id,region,score\n" + string.Join("\n", Enumerable.Range(1, 50).Select(i => $"S{i},r{i % 3},{i % 5}")) + "\n");
        home.Engine.Import(new ImportRequest(home.File("survey.csv"), "survey", "answers", PrivacyUnit.Key("person_id")));
        home.Engine.Classify("survey", accept: true);
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, ["survey"], new PrivacyBudget(5, 0.000001m)));
        home.Engine.ApproveProject("p", "sato", lifetime);
        return home;
    }

    private static QueryRequest Query() => new("p", Count, new BoundingOptions { Epsilon = 0.5m });

    [Fact]
    public void Query_AfterApprovalExpires_IsRefusedAndSpendsNothing()
    {
        using var home = ApprovedSurveyProject(TimeSpan.FromDays(30));
        home.Engine.Query(Query());
        home.Clock.Advance(TimeSpan.FromDays(29));
        home.Engine.Query(Query());
        var spent = home.Engine.BudgetOf("p").EpsilonSpent;

        home.Clock.Advance(TimeSpan.FromDays(1));

        var e = Assert.Throws<KuraException>(() => home.Engine.Query(Query()));
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.Contains("expired", e.Message);
        Assert.Equal(spent, home.Engine.BudgetOf("p").EpsilonSpent);
        Assert.Throws<KuraException>(() => home.Engine.RequireReleaseAllowed("p", ReleaseKind.DpQuery));

        var renewed = home.Engine.ApproveProject("p", "sato", TimeSpan.FromDays(30));
        Assert.Equal(home.Clock.GetUtcNow() + TimeSpan.FromDays(30), renewed.ExpiresAt);
        home.Engine.Query(Query());
    }

    [Fact]
    public void Query_AfterRevocation_IsRefusedAtOnce()
    {
        using var home = ApprovedSurveyProject(TimeSpan.FromDays(365));
        home.Engine.Query(Query());
        var releases = home.Engine.Ledger.ReadAll().Count(x => x.Type == LedgerEntryTypes.QueryReleased);

        home.Engine.RevokeProject("p", "tanaka", "agreement breached");

        var e = Assert.Throws<KuraException>(() => home.Engine.Query(Query()));
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.Contains("revoked", e.Message);
        Assert.Equal(releases, home.Engine.Ledger.ReadAll().Count(x => x.Type == LedgerEntryTypes.QueryReleased));
        Assert.Equal("agreement breached", Assert.Single(home.Engine.Ledger.ReadAll(), x => x.Type == LedgerEntryTypes.ProjectRevoked).Payload["reason"]!.GetValue<string>());
        Assert.Equal("KURA-PROJECT-CLOSED", Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "suzuki")).Code);
    }

    [Fact]
    public void RequireReleaseAllowed_PolicyChangedAfterApproval_RefusesUntilNewStepsAreRecorded()
    {
        using var home = ApprovedSurveyProject(TimeSpan.FromDays(365));
        home.Engine.RequireReleaseAllowed("p", ReleaseKind.DpQuery);

        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-05-01");
        home.Engine.SelectRegime("appi-2026");

        var e = Assert.Throws<KuraException>(() => home.Engine.RequireReleaseAllowed("p", ReleaseKind.DpQuery));
        Assert.Equal("KURA-POLICY-NOW-REFUSES", e.Code);
        Assert.Contains("written-agreement", e.Message);
        Assert.Equal("KURA-RELEASE-KIND-NOT-APPROVED",
            Assert.Throws<KuraException>(() => home.Engine.RequireReleaseAllowed("p", ReleaseKind.AnonymizedExtract)).Code);
    }
}
