using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
using Kura.Ledger;
using Kura.Policy;
using Kura.Sql;

namespace Kura.IntegrationTests.Policy;

/// <summary>
/// What a project member can observe from the release gate (refusals, decisions, explanations)
/// depends on steward-declared metadata, never on the rows in the vault.
/// </summary>
public class ReleaseGateTests
{
    private static QueryRequest Count() => new("p", "SELECT COUNT(*) FROM answers", new BoundingOptions { Epsilon = 0.5m });

    private static string Survey(int youngest) =>
        "person_id,age,score\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"S{i},{(i == 1 ? youngest : 30 + i)},{i % 5}")) + "\n";

    /// <summary>A survey of adults (ages 30 and up) under the 2026 amendment, every column confirmed.</summary>
    private static PolicyHome AmendedSurvey(int youngest = 30)
    {
        var home = new PolicyHome();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(PolicyVocabulary.Regime2026);
        home.Write("survey.csv", Survey(youngest));
        home.Engine.Import(new ImportRequest(home.File("survey.csv"), "survey", "answers", PrivacyUnit.Key("person_id")));
        home.Engine.SetColumnClass("survey", "age", ColumnClass.QuasiIdentifier, subjectAge: true);
        home.Engine.Classify("survey", accept: true);
        return home;
    }

    private static void ApproveStatistics(PolicyHome home)
    {
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, ["survey"], new PrivacyBudget(5, 0.000001m)));
        home.Engine.PublishNotice("survey", "md", new HolderProfile("Survey K.K.", "desk@survey.example"));
        home.Engine.RecordStep("p", "written-agreement", "contract #1", "sato");
        home.Engine.RecordStep("p", "risk-attestation", "risk review RR-1", "sato");
        home.Engine.ApproveProject("p", "sato");
    }

    [Fact]
    public void Query_MinorImportedAfterApproval_IsAnsweredAsBefore()
    {
        using var home = AmendedSurvey();
        home.Engine.DeclareSubjectAges("survey", SubjectAgeDeclaration.AgeOfMajority, "sato");
        ApproveStatistics(home);
        home.Engine.Query(Count());
        var explained = DecisionExplainer.Explain(home.Engine.ReviewProject("p").Decision);

        home.Write("survey2.csv", Survey(youngest: 12));
        var import = home.Engine.Import(new ImportRequest(home.File("survey2.csv"), "survey", "answers", PrivacyUnit.Key("person_id"), Replace: true));

        home.Engine.Query(Count());
        Assert.Equal(explained, DecisionExplainer.Explain(home.Engine.ReviewProject("p").Decision));
        Assert.Contains("kura policy ages survey", Assert.Single(import.StewardNotices), StringComparison.Ordinal);
        var notice = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.SubjectAgesContradicted);
        Assert.Equal("sato", notice.Payload["attested_by"]!.GetValue<string>());
        Assert.DoesNotContain("12", notice.Payload.ToJsonString(), StringComparison.Ordinal);
        Assert.True(home.Engine.SubjectAges("survey").Contradicted);
    }

    [Fact]
    public void Import_ConsistentWithTheAttestation_RaisesNoNotice()
    {
        using var home = AmendedSurvey();
        home.Engine.DeclareSubjectAges("survey", SubjectAgeDeclaration.AgeOfMajority, "sato");
        home.Write("survey2.csv", Survey(youngest: 19));

        var import = home.Engine.Import(new ImportRequest(home.File("survey2.csv"), "survey", "answers", PrivacyUnit.Key("person_id"), Replace: true));

        Assert.Empty(import.StewardNotices);
        Assert.DoesNotContain(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.SubjectAgesContradicted);
    }

    [Fact]
    public void ReviewProject_VaultsDifferingInOneMinor_ExplainTheSameDecision()
    {
        string Explained(int youngest)
        {
            using var home = AmendedSurvey(youngest);
            home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, ["survey"], new PrivacyBudget(5, 0.000001m)));
            return DecisionExplainer.Explain(home.Engine.ReviewProject("p").Decision);
        }

        var adults = Explained(youngest: 30);
        var withChild = Explained(youngest: 12);

        Assert.Equal(adults, withChild);
        Assert.Contains("AMD-CHD-02", adults, StringComparison.Ordinal);
        Assert.Contains("subject.minAge=0 (survey: not declared by a steward, so minors are assumed possible)", adults, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclareSubjectAges_AttestedAdults_LiftTheChildrensStepsAndTheExplanationNamesTheSteward()
    {
        using var home = AmendedSurvey();
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, ["survey"], new PrivacyBudget(5, 0.000001m)));
        Assert.Contains(home.Engine.ReviewProject("p").Decision.PendingSteps, s => s.Id == "best-interests-assessment");

        var review = home.Engine.DeclareSubjectAges("survey", SubjectAgeDeclaration.AgeOfMajority, "sato");

        Assert.Equal((18L, false), (review.PolicyAge, review.Contradicted));
        Assert.Equal(30L, Assert.Single(review.Checks).YoungestAge);
        var decision = home.Engine.ReviewProject("p").Decision;
        Assert.DoesNotContain(decision.PendingSteps, s => s.Id == "best-interests-assessment");
        Assert.DoesNotContain("AMD-CHD-02", decision.RuleIds);
        home.Engine.DeclareSubjectAges("survey", null, "tanaka");
        var explained = DecisionExplainer.English(home.Engine.ReviewProject("p").Decision);
        Assert.Contains("subject.minAge=0 (survey: minors possible, declared by steward tanaka)", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclareSubjectAges_AttestationContradictedByTheVault_IsRefusedWithoutTheAge()
    {
        using var home = AmendedSurvey(youngest: 12);

        var e = Assert.Throws<KuraException>(() => home.Engine.DeclareSubjectAges("survey", SubjectAgeDeclaration.AgeOfMajority, "sato"));

        Assert.Equal("KURA-AGE-ATTESTATION-CONTRADICTED", e.Code);
        Assert.Contains("answers.age", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("12", e.Message, StringComparison.Ordinal);
        Assert.Null(home.Engine.SubjectAges("survey").Declaration);
        Assert.Equal(12L, Assert.Single(home.Engine.SubjectAges("survey").Checks).YoungestAge);
    }

    [Fact]
    public void Query_ColumnsNotConfirmedByASteward_IsRefusedUntilConfirmed()
    {
        using var home = new PolicyHome();
        home.Write("survey.csv", "person_id,region,score\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"S{i},r{i % 3},{i % 5}")) + "\n");
        home.Engine.Import(new ImportRequest(home.File("survey.csv"), "survey", "answers", PrivacyUnit.Key("person_id")));
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, ["survey"], new PrivacyBudget(5, 0.000001m)));
        home.Engine.ApproveProject("p", "sato");

        var e = Assert.Throws<KuraException>(() => home.Engine.Query(Count()));

        Assert.Equal("KURA-CLASSIFICATION-UNCONFIRMED", e.Code);
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.Contains("kura classify survey --accept", e.Message, StringComparison.Ordinal);
        Assert.Equal(Kura.Privacy.Accounting.PrivacyCost.Zero, home.Engine.BudgetOf("p").Spent);
        home.Engine.Classify("survey", accept: true);
        home.Engine.Query(Count());
    }
}
