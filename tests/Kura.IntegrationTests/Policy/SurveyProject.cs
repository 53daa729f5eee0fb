using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
using Kura.Sql;

namespace Kura.IntegrationTests.Policy;

/// <summary>A confirmed survey of adults (dataset <c>survey</c>, table <c>answers</c>) and a statistics project on it.</summary>
internal static class SurveyProject
{
    public const string Dataset = "survey";

    public static readonly HolderProfile Holder = new("Survey K.K.", "desk@survey.example");

    public static QueryRequest Count(string project = "p") => new(project, "SELECT COUNT(*) FROM answers", new BoundingOptions { Epsilon = 0.5m });

    /// <summary>A home with the survey imported, classified and declared adult; <paramref name="amended"/> puts the 2026 amendment in force.</summary>
    public static PolicyHome NewHome(bool amended = false)
    {
        var home = new PolicyHome();
        if (amended)
        {
            home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
            home.Engine.SelectRegime(Kura.Policy.PolicyVocabulary.Regime2026);
        }
        home.Write("survey.csv", "person_id,age,score\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"S{i},{30 + i},{i % 5}")) + "\n");
        home.Engine.Import(new ImportRequest(home.File("survey.csv"), Dataset, "answers", PrivacyUnit.Key("person_id")));
        home.Engine.SetColumnClass(Dataset, "age", ColumnClass.QuasiIdentifier, subjectAge: true);
        home.Engine.Classify(Dataset, accept: true);
        home.Engine.DeclareSubjectAges(Dataset, SubjectAgeDeclaration.AgeOfMajority, "sato");
        return home;
    }

    /// <summary>Requests project <paramref name="name"/>, publishes the notice, records the other steps and approves as "sato".</summary>
    public static Project Approve(PolicyHome home, string name = "p")
    {
        home.Engine.RequestProject(new ProjectRequest(name, "Lab", Purpose.Statistics, [Dataset], new PrivacyBudget(5, 0.000001m)));
        home.Engine.PublishNotice(Dataset, "md", Holder);
        RecordSteps(home, name);
        return home.Engine.ApproveProject(name, "sato");
    }

    /// <summary>Records evidence for every pending step a steward records (not notices, not approvals).</summary>
    public static void RecordSteps(PolicyHome home, string name)
    {
        foreach (var step in home.Engine.ReviewProject(name).Decision.PendingSteps
                     .Where(s => s.Id is not ("two-stewards" or "publish-notice" or "publish-biometric-handling")))
            home.Engine.RecordStep(name, step.Id, "record #1", "sato", step.Id == "best-interests-assessment" ? "positive" : null);
    }
}
