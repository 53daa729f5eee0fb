using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
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
        ApproveStatistics(home);
        home.Engine.Query(Count());

        home.Write("survey2.csv", Survey(youngest: 12));
        home.Engine.Import(new ImportRequest(home.File("survey2.csv"), "survey", "answers", PrivacyUnit.Key("person_id"), Replace: true));

        home.Engine.Query(Count());
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
        Assert.DoesNotContain("subject.minAge=30", adults, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_ColumnsNotConfirmedByAsteward_IsRefusedUntilConfirmed()
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
