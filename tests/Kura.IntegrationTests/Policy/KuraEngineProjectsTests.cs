using Kura.Core;
using Kura.Engine.Projects;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.IntegrationTests.Policy;

/// <summary>Request → decision → steps → approval by stewards, under both regimes.</summary>
public class KuraEngineProjectsTests
{
    private static ProjectRequest Request(string name, Purpose purpose = Purpose.Statistics, string dataset = PolicyHome.Clinic, string? health = null) =>
        new(name, "Lab", purpose, [dataset], new PrivacyBudget(3, 0.000001m), [ReleaseKind.DpQuery, ReleaseKind.Synthetic],
            Justification: "test", PublicHealthStatement: health);

    [Fact]
    public void RequestProject_SpecialCareAndChildrensFaces_ListsFiredRulesStepsAndExclusions()
    {
        using var home = new PolicyHome();
        home.LoadClinic();

        var review = home.Engine.RequestProject(Request("p"));

        var d = review.Decision;
        Assert.Equal(DecisionOutcome.AllowedWithSteps, d.Outcome);
        Assert.Equal(PolicyVocabulary.RegimeCurrent, d.Regime);
        Assert.Superset(new HashSet<string> { "APPI-DEF-03", "APPI-STAT-01", "KURA-GOV-01", "KURA-OBJ-01", "KURA-CHD-01" }, d.RuleIds.ToHashSet());
        Assert.Equal(["two-stewards"], d.PendingSteps.Select(s => s.Id));
        Assert.Contains(d.RowExclusions, x => x.Who == "objectors");
        Assert.Contains(d.RowExclusions, x => x.AgeBelow == 16);
        Assert.Contains(d.Parameters, p => p.Name == "approval.stewardsForSensitive" && p.Value == "2");
        Assert.Equal(d.ToJson(), home.Engine.ReviewProject("p").Decision.ToJson());
        var requested = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.ProjectRequested);
        Assert.Equal("AllowedWithSteps", requested.Payload["decision"]!.GetValue<string>());
    }

    [Fact]
    public void ApproveProject_SpecialCareData_NeedsTwoDifferentStewards()
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.RequestProject(Request("p"));

        var first = home.Engine.ApproveProject("p", "sato");
        Assert.Equal(ProjectStatus.Requested, first.Status);
        Assert.Equal("KURA-STEWARD-ALREADY-APPROVED", Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "sato")).Code);
        Assert.DoesNotContain(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.ProjectApproved);

        var second = home.As("tanaka-os").ApproveProject("p", "tanaka");

        Assert.Equal(ProjectStatus.Approved, second.Status);
        Assert.Equal(home.Clock.GetUtcNow() + TimeSpan.FromDays(365), second.ExpiresAt);
        var approved = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.ProjectApproved);
        Assert.Equal(["sato", "tanaka"], approved.Payload["stewards"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("APPI-STAT-01", approved.Payload["rule_ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(home.Engine.ReviewProject("p").Decision.PendingSteps);
    }

    [Fact]
    public void ApproveProject_DataWithoutSpecialCare_OneStewardSuffices()
    {
        using var home = new PolicyHome();
        home.Write("survey.csv", "person_id,region,score\nS1,north,3\nS2,south,4\n");
        home.Engine.Import(new Kura.Engine.Intake.ImportRequest(home.File("survey.csv"), "survey", "answers", PrivacyUnit.Key("person_id")));
        home.Engine.RequestProject(Request("p", dataset: "survey"));

        Assert.Equal(ProjectStatus.Approved, home.Engine.ApproveProject("p", "sato").Status);
    }

    [Theory]
    [InlineData(Purpose.Marketing, "APPI-PUR-01")]
    [InlineData(Purpose.IndividualDecision, "APPI-PUR-01")]
    [InlineData(Purpose.ReIdentification, "APPI-PSE-02")]
    public void RequestProject_IneligiblePurpose_IsRefusedWithRuleIdsAndNeverApproved(Purpose purpose, string rule)
    {
        using var home = new PolicyHome();
        home.LoadClinic();

        var review = home.Engine.RequestProject(Request("p", purpose));

        Assert.True(review.Refused);
        Assert.Contains(rule, review.RefusingRuleIds);
        Assert.Equal(ProjectStatus.Rejected, home.Engine.ShowProject("p").Status);
        var rejected = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.ProjectRejected);
        Assert.Contains(rule, rejected.Payload["rule_ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        var e = Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "sato"));
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.Contains(rule, e.Message);
    }

    [Fact]
    public void ApproveProject_Amendment2026_RefusedUntilEveryStepIsRecorded()
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(PolicyVocabulary.Regime2026);

        var review = home.Engine.RequestProject(Request("p", Purpose.AiDevelopment, health: "Stroke screening in regional clinics"));

        Assert.Equal(PolicyVocabulary.Regime2026, review.Decision.Regime);
        Assert.Contains("AMD-STAT-01", review.Decision.RuleIds);
        string[] expected = ["publish-notice", "written-agreement", "risk-attestation", "best-interests-assessment", "publish-biometric-handling", "two-stewards"];
        Assert.Equal(expected.Order(), review.Decision.PendingSteps.Select(s => s.Id).Order());
        Assert.DoesNotContain(review.Decision.PendingSteps, s => s.Id == "public-health-statement");
        var refused = Assert.Throws<KuraException>(() => home.Engine.ApproveProject("p", "sato"));
        Assert.Equal("KURA-STEPS-PENDING", refused.Code);
        Assert.Contains("written-agreement", refused.Message);

        home.Engine.PublishNotice(PolicyHome.Clinic, "md", new("Clinic", "desk@clinic.example"));
        home.Engine.RecordStep("p", "written-agreement", "contract #123", "sato");
        home.Engine.RecordStep("p", "risk-attestation", "risk review RR-1", "sato");
        var assessed = home.Engine.RecordStep("p", "best-interests-assessment", "child welfare review CW-1", "sato", "positive");

        Assert.Equal(["two-stewards"], assessed.Decision.PendingSteps.Select(s => s.Id));
        Assert.Equal(ProjectStatus.Requested, home.Engine.ApproveProject("p", "sato").Status);
        Assert.Equal(ProjectStatus.Approved, home.As("tanaka-os").ApproveProject("p", "tanaka").Status);
        Assert.Equal(3, home.Engine.Ledger.ReadAll().Count(e => e.Type == LedgerEntryTypes.ProjectStepRecorded));
    }

    [Fact]
    public void RecordStep_NegativeBestInterestsAssessment_KeepsTheStepPending()
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(PolicyVocabulary.Regime2026);
        home.Engine.RequestProject(Request("p", Purpose.AiDevelopment, health: "statement"));

        var review = home.Engine.RecordStep("p", "best-interests-assessment", "review CW-2", "sato", "negative");

        Assert.Contains(review.Decision.PendingSteps, s => s.Id == "best-interests-assessment");
    }

    [Theory]
    [InlineData("two-stewards", "KURA-STEP-BY-APPROVAL")]
    [InlineData("legal-rep-consent", "KURA-STEP-UNKNOWN")]
    [InlineData("publish-notice", "KURA-STEP-BY-NOTICE")]
    [InlineData("no-such-step", "KURA-STEP-UNKNOWN")]
    public void RecordStep_StepNotRecordedByEvidence_IsRefused(string step, string code)
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.RequestProject(Request("p"));

        var e = Assert.Throws<KuraException>(() => home.Engine.RecordStep("p", step, "x", "sato"));

        Assert.Equal(code, e.Code);
    }

    [Theory]
    [InlineData(Purpose.AiDevelopment)]
    [InlineData(Purpose.Statistics)]
    [InlineData(Purpose.AcademicResearch)]
    public void RequestProject_PseudonymisedExtractUnderTheAmendment_IsRefusedByPse02(Purpose purpose)
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(PolicyVocabulary.Regime2026);

        var review = home.Engine.RequestProject(Request("p", purpose) with { ReleaseKinds = [ReleaseKind.PseudonymizedExtract] });

        Assert.True(review.Refused);
        Assert.Contains("APPI-PSE-02", review.RefusingRuleIds);
        Assert.DoesNotContain("AMD-STAT-01", review.Decision.ReleaseKinds.Single().BasisRuleIds);
    }

    [Fact]
    public void RequestProject_ChildrenInAnExtractRequest_CitesTheLegalRepresentativeRule()
    {
        using var home = ChildSurveyUnderTheAmendment();

        var review = home.Engine.RequestProject(Request("p", Purpose.AcademicResearch, dataset: "survey") with { ReleaseKinds = [ReleaseKind.PseudonymizedExtract] });

        Assert.Contains("AMD-CHD-01", review.Decision.RuleIds);
        Assert.Contains("APPI-PSE-02", review.RefusingRuleIds);
    }

    [Fact]
    public void RequestProject_PseudonymisedExtractToAProcessor_IsNotRefusedAndNeedsAContractNotConsent()
    {
        // Entrustment is not provision to a third party (APPI Art. 27(5)(i)): APPI-PSE-02 does not refuse it and no
        // consent (the child's or a legal representative's) is asked; the processing contract is.
        using var home = ChildSurveyUnderTheAmendment();

        var review = home.Engine.RequestProject(Request("p", Purpose.AcademicResearch, dataset: "survey") with
        {
            ReleaseKinds = [ReleaseKind.PseudonymizedExtract], Recipient = Recipient.Processor,
        });

        Assert.False(review.Refused, string.Join(", ", review.RefusingRuleIds));
        Assert.Equal(Recipient.Processor, home.Engine.ShowProject("p").Recipient);
        var pending = review.Decision.PendingSteps.Select(s => s.Id).ToList();
        Assert.Contains("processor-contract", pending);
        Assert.DoesNotContain("subject-consent", pending);
        Assert.DoesNotContain("legal-representative-consent", pending);
        var after = home.Engine.RecordStep("p", "processor-contract", "entrustment contract EC-12, scope: model training only", "sato");
        Assert.DoesNotContain("processor-contract", after.Decision.PendingSteps.Select(s => s.Id));
    }

    // A dataset whose youngest subject is declared 2 years old, under the amendment.
    private static PolicyHome ChildSurveyUnderTheAmendment()
    {
        var home = new PolicyHome();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(PolicyVocabulary.Regime2026);
        home.Write("survey.csv", "person_id,age,score\nS1,2,3\nS2,40,4\n");
        home.Engine.Import(new Kura.Engine.Intake.ImportRequest(home.File("survey.csv"), "survey", "answers", PrivacyUnit.Key("person_id")));
        home.Engine.SetColumnClass("survey", "age", ColumnClass.QuasiIdentifier, subjectAge: true);
        home.Engine.Classify("survey", accept: true);
        home.Engine.DeclareSubjectAges("survey", 2, "sato");
        return home;
    }
}
