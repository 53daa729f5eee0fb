using Kura.Core;
using Kura.Engine.Projects;
using Kura.Ledger;

namespace Kura.IntegrationTests.Policy;

/// <summary>Approval lifetimes, endorsement freshness, steward identity and raised steward counts.</summary>
public class ApprovalRulesTests
{
    private static ProjectRequest Clinic(string name = "p") =>
        new(name, "Lab", Purpose.Statistics, [PolicyHome.Clinic], new PrivacyBudget(3, 0.000001m), [ReleaseKind.DpQuery], Justification: "test");

    private static PolicyHome ClinicHome()
    {
        var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.Classify(PolicyHome.Clinic, accept: true);
        home.Engine.RequestProject(Clinic());
        return home;
    }

    [Theory]
    [InlineData(2_000_000)]
    [InlineData(366)]
    [InlineData(0)]
    public void ApproveProject_LifetimeOutsideThePolicy_IsRefused(int days)
    {
        using var home = SurveyProject.NewHome();
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, [SurveyProject.Dataset], new PrivacyBudget(5, 0.000001m)));
        home.Engine.PublishNotice(SurveyProject.Dataset, "md", SurveyProject.Holder);
        SurveyProject.RecordSteps(home, "p");

        var e = Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "sato", TimeSpan.FromDays(days)));

        Assert.Equal("KURA-APPROVAL-LIFETIME", e.Code);
        Assert.Equal(ProjectStatus.Requested, home.Engine.ShowProject("p").Status);
    }

    [Fact]
    public void ApproveProject_NoLifetime_UsesThePolicyMaximum()
    {
        using var home = SurveyProject.NewHome();
        home.Engine.SetPolicyParameter("approval.maxDays", "90");

        var approved = SurveyProject.Approve(home);

        Assert.Equal(home.Clock.GetUtcNow() + TimeSpan.FromDays(90), approved.ExpiresAt);
        Assert.Equal("KURA-APPROVAL-LIFETIME", Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "tanaka", TimeSpan.FromDays(91))).Code);
    }

    [Fact]
    public void ApproveProject_EndorsementOlderThanItsValidity_IsNotCounted()
    {
        using var home = ClinicHome();
        Assert.Equal(ProjectStatus.Requested, home.Engine.ApproveProject("p", "sato").Status);
        home.Clock.Advance(TimeSpan.FromDays(31));

        var second = home.As("tanaka-os").ApproveProject("p", "tanaka");

        Assert.Equal(ProjectStatus.Requested, second.Status);
        Assert.Equal(["tanaka"], second.Approvals.Select(a => a.Steward));
        Assert.Equal(ProjectStatus.Approved, home.Engine.ApproveProject("p", "sato").Status);
    }

    [Fact]
    public void ApproveProject_EndorsementWithinItsValidity_IsCounted()
    {
        using var home = ClinicHome();
        home.Engine.ApproveProject("p", "sato");
        home.Clock.Advance(TimeSpan.FromDays(29));

        Assert.Equal(ProjectStatus.Approved, home.As("tanaka-os").ApproveProject("p", "tanaka").Status);
    }

    [Fact]
    public void ApproveProject_DecisionChangedSinceEndorsement_ResetsIt()
    {
        using var home = ClinicHome();
        home.Engine.ApproveProject("p", "sato");

        home.Engine.SetPolicyParameter("records.retentionYears", "5");
        var second = home.As("tanaka-os").ApproveProject("p", "tanaka");

        Assert.Equal(ProjectStatus.Requested, second.Status);
        Assert.Equal(["tanaka"], second.Approvals.Select(a => a.Steward));
    }

    [Theory]
    [InlineData("SATO")]
    [InlineData(" sato ")]
    [InlineData("ｓａｔｏ")]
    public void ApproveProject_SameStewardSpelledDifferently_IsOneSteward(string spelling)
    {
        using var home = ClinicHome();
        home.Engine.ApproveProject("p", "sato");

        var e = Assert.Throws<KuraException>(() => home.As("other-os").ApproveProject("p", spelling));

        Assert.Equal("KURA-STEWARD-ALREADY-APPROVED", e.Code);
        Assert.Equal(ProjectStatus.Requested, home.Engine.ShowProject("p").Status);
    }

    [Fact]
    public void ApproveProject_SecondStewardFromTheSameOsUser_IsRefused()
    {
        using var home = ClinicHome();
        home.Engine.ApproveProject("p", "sato");

        var e = Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "tanaka"));
        var approved = home.As("tanaka-os").ApproveProject("p", "tanaka");

        Assert.Equal("KURA-STEWARD-SAME-ACTOR", e.Code);
        Assert.Equal(ProjectStatus.Approved, approved.Status);
        var entry = Assert.Single(home.Engine.Ledger.ReadAll(), x => x.Type == LedgerEntryTypes.ProjectApproved).Payload;
        Assert.Equal(["tester", "tanaka-os"], entry["approval_actors"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void ApproveProject_StewardCountRaisedAfterApproval_AcceptsAnotherSteward()
    {
        using var home = ClinicHome();
        home.Engine.ApproveProject("p", "sato");
        var approved = home.As("tanaka-os").ApproveProject("p", "tanaka");
        home.Engine.SetPolicyParameter("approval.stewardsForSensitive", "3");
        Assert.Equal("KURA-POLICY-NOW-REFUSES", Assert.Throws<KuraException>(() => home.Engine.RequireReleaseAllowed("p", ReleaseKind.DpQuery)).Code);

        var third = home.As("suzuki-os").ApproveProject("p", "suzuki");

        Assert.Equal(ProjectStatus.Approved, third.Status);
        Assert.Equal(approved.ExpiresAt, third.ExpiresAt);
        home.Engine.RequireReleaseAllowed("p", ReleaseKind.DpQuery);
        Assert.Equal("KURA-PROJECT-ALREADY-APPROVED", Assert.Throws<KuraException>(() => home.As("kato-os").ApproveProject("p", "kato")).Code);
    }

    [Fact]
    public void StewardName_Normalize_FoldsCaseWidthAndSpace()
    {
        Assert.Equal("sato ichiro", StewardName.Normalize("  ＳＡＴＯ   Ichiro "));
        Assert.Equal("KURA-STEWARD-NAME", Assert.Throws<KuraException>(() => StewardName.Normalize("   ")).Code);
    }
}
