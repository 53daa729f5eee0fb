using System.Text.Json;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Engine.Register;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.IntegrationTests.Policy;

/// <summary>Incidents count distinct persons (never rows), assess obligations with deadlines, and report without values.</summary>
public class IncidentTests
{
    private static PolicyHome Clinic()
    {
        var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.SetHolder(new HolderProfile("Clinic K.K.", "privacy@clinic.example"));
        return home;
    }

    [Theory]
    [InlineData("claims", 8)]
    [InlineData("claims.diagnosis=I63", 4)]
    [InlineData("claims.diagnosis=I63,J10", 8)]
    [InlineData("facial.age=10,12", 2)]
    [InlineData("all", 8)]
    public void RecordIncident_CountsDistinctPersonsNotRows(string where, long persons)
    {
        using var home = Clinic();

        var incident = home.Engine.RecordIncident(new IncidentRequest(PolicyHome.Clinic, where, "leak"));

        Assert.Equal(persons, incident.Assessment.Facts.DistinctPersons);
    }

    [Fact]
    public void RecordIncident_HealthDataLeak_ReportsToThePpcWithDeadlines()
    {
        using var home = Clinic();
        var discovered = home.Clock.GetUtcNow().AddHours(-2);

        var incident = home.Engine.RecordIncident(new IncidentRequest(PolicyHome.Clinic, "claims.diagnosis=I63", "leak", Suspected: true, DiscoveredAt: discovered));

        var a = incident.Assessment;
        Assert.Contains("Health", a.Facts.Categories);
        Assert.True(a.ReportToPpc);
        Assert.True(a.NotifyIndividuals);
        Assert.Equal(discovered.AddDays(5), a.Obligations.Single(o => o.Id == "ppc-preliminary").DueAt);
        Assert.Equal(discovered.AddDays(30), a.Obligations.Single(o => o.Id == "ppc-final").DueAt);
        Assert.Equal(incident.Id, home.Engine.ShowIncident(incident.Id).Id);
        Assert.Equal(a.Obligations.Count, home.Engine.ShowIncident(incident.Id).Assessment.Obligations.Count);
        var entry = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.IncidentRecorded);
        Assert.Equal(4, entry.Payload["distinct_persons"]!.GetValue<long>());
        Assert.DoesNotContain("I63", entry.Payload.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordIncident_StronglyEncryptedData_CreatesNoObligation()
    {
        using var home = Clinic();

        var incident = home.Engine.RecordIncident(new IncidentRequest(PolicyHome.Clinic, "all", "loss", StrongEncryption: true));

        Assert.Empty(incident.Assessment.Obligations);
    }

    [Fact]
    public void IncidentReport_IsBilingualAndNamesCountsButNoValues()
    {
        using var home = Clinic();
        var incident = home.Engine.RecordIncident(new IncidentRequest(PolicyHome.Clinic, "claims.diagnosis=I63", "unauthorized-access"));

        var report = home.Engine.IncidentReport(incident.Id);

        foreach (var text in new[] { report.Markdown, report.Html })
        {
            Assert.Contains("個人データの漏えい等に関する報告", text);
            Assert.Contains("Personal data incident report", text);
            Assert.Contains(incident.Id, text);
            Assert.Contains("Clinic K.K.", text);
            Assert.DoesNotContain("I63", text, StringComparison.Ordinal);
            Assert.DoesNotContain("A02", text, StringComparison.Ordinal);
        }
        Assert.StartsWith("<!DOCTYPE html>", report.Html.TrimStart(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RecordIncident_PersonCounts_StayInTheStewardsLedgerAndOutOfThePublicRegister()
    {
        using var home = Clinic();
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, [PolicyHome.Clinic], new PrivacyBudget(1, 0)));
        var incident = home.Engine.RecordIncident(new IncidentRequest(PolicyHome.Clinic, "claims.diagnosis=I63", "leak"));
        var entries = home.Engine.Ledger.ReadAll();

        var rows = UseRegister.Build(entries);

        Assert.Equal(4, entries.Single(e => e.Type == LedgerEntryTypes.IncidentRecorded).Payload["distinct_persons"]!.GetValue<long>());
        using var json = JsonDocument.Parse(RegisterFormats.Json(rows));
        var fields = json.RootElement.EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(f => f.Name).Distinct().ToList();
        Assert.Contains("epsilon_spent", fields);
        Assert.DoesNotContain(fields, f => f.Contains("person", StringComparison.Ordinal) || f.Contains("row", StringComparison.Ordinal) || f.Contains("incident", StringComparison.Ordinal));
        var csvHeader = RegisterFormats.Csv(rows).Split("\r\n")[0];
        Assert.DoesNotContain("person", csvHeader, StringComparison.Ordinal);
        Assert.DoesNotContain(incident.Id, RegisterFormats.Html(rows, home.Clock.GetUtcNow(), "root"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims WHERE 1=1; DROP TABLE claims", "KURA-INCIDENT-WHERE")]
    [InlineData("claims.diagnosis=", "KURA-INCIDENT-WHERE")]
    [InlineData("nosuch", "KURA-TABLE-NOT-FOUND")]
    [InlineData("claims.nosuch=x", "KURA-COLUMN-NOT-FOUND")]
    public void RecordIncident_FilterOutsideTheRestrictedForm_IsRefused(string where, string code)
    {
        using var home = Clinic();

        var e = Assert.Throws<KuraException>(() => home.Engine.RecordIncident(new IncidentRequest(PolicyHome.Clinic, where, "leak")));

        Assert.Equal(code, e.Code);
        Assert.Empty(home.Engine.ListIncidents());
    }

    [Theory]
    [InlineData(PolicyVocabulary.RegimeCurrent, new[] { "APPI-ACQ-01" })]
    [InlineData(PolicyVocabulary.Regime2026, new[] { "APPI-ACQ-01", "AMD-PEN-01" })]
    public void RecordIncident_FraudulentAcquisition_StopsEveryReleaseOfTheDataset(string regime, string[] rules)
    {
        using var home = new PolicyHome();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(regime);
        home.Write("survey.csv", "person_id,age,score\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"S{i},{30 + i},{i % 5}")) + "\n");
        home.Engine.Import(new Kura.Engine.Intake.ImportRequest(home.File("survey.csv"), "survey", "answers", PrivacyUnit.Key("person_id")));
        home.Engine.SetColumnClass("survey", "age", ColumnClass.QuasiIdentifier, subjectAge: true);
        home.Engine.Classify("survey", accept: true);
        home.Engine.DeclareSubjectAges("survey", SubjectAgeDeclaration.AgeOfMajority, "sato");
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, ["survey"], new PrivacyBudget(5, 0.000001m)));
        home.Engine.PublishNotice("survey", "md", new HolderProfile("Survey K.K.", "desk@survey.example"));
        foreach (var step in home.Engine.ReviewProject("p").Decision.PendingSteps.Where(s => s.Id is "written-agreement" or "risk-attestation"))
            home.Engine.RecordStep("p", step.Id, "record #1", "sato");
        home.Engine.ApproveProject("p", "sato");
        var count = new Kura.Engine.Queries.QueryRequest("p", "SELECT COUNT(*) FROM answers", new Kura.Sql.BoundingOptions { Epsilon = 0.5m });
        home.Engine.Query(count);

        home.Engine.RecordIncident(new IncidentRequest("survey", "all", "fraudulent-acquisition"));

        var refused = Assert.Throws<KuraException>(() => home.Engine.Query(count));
        Assert.Equal("KURA-POLICY-NOW-REFUSES", refused.Code);
        var decision = home.Engine.ReviewProject("p").Decision;
        Assert.All(decision.ReleaseKinds, k => Assert.Equal(rules, k.DenyRuleIds));
    }
}
