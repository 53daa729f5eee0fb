using Kura.Core;
using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

public class IncidentAssessmentTests
{
    private const string Cur = PolicyVocabulary.RegimeCurrent;
    private const string Amd = PolicyVocabulary.Regime2026;

    private static IncidentAssessment Assess(string regime, IncidentFacts facts, Policy? policy = null) =>
        IncidentAssessment.Assess(policy ?? For(regime), facts, At);

    private static IncidentFacts Leak(long persons, string cause = "leak", long profit = 0, params string[] categories) =>
        new(cause, persons, categories.Length == 0 ? ["PI"] : categories, ProfitYen: profit);

    [Theory]
    [InlineData(Cur, 999, false)]
    [InlineData(Cur, 1000, false)]
    [InlineData(Cur, 1001, true)]
    [InlineData(Amd, 999, false)]
    [InlineData(Amd, 1000, false)]
    [InlineData(Amd, 1001, true)]
    public void Assess_PersonsAroundTheBreachThreshold_ReportOnlyAboveIt(string regime, long persons, bool report)
    {
        var assessment = Assess(regime, Leak(persons));
        Assert.Equal(report, assessment.ReportToPpc);
        Assert.Equal(report, assessment.NotifyIndividuals);
        Assert.Contains(assessment.Parameters, p => p.Name == "breach.personThreshold" && p.Value == "1000");
    }

    [Theory]
    [InlineData(Cur, 999, false)]
    [InlineData(Cur, 1000, false)]
    [InlineData(Cur, 1001, false)]
    [InlineData(Amd, 999, false)]
    [InlineData(Amd, 1000, false)]
    [InlineData(Amd, 1001, true)]
    public void Assess_PersonsAroundTheSurchargeThreshold_ExposureOnlyAboveItUnderTheAmendment(string regime, long persons, bool exposure)
    {
        Assert.Equal(exposure, Assess(regime, Leak(persons, "improper-use", 1_000_000)).SurchargeExposure);
    }

    [Theory]
    [InlineData("leak")]
    [InlineData("loss")]
    [InlineData("unauthorized-access")]
    public void Assess_SecurityFailureWithProfit_HasNoSurchargeExposure(string cause)
    {
        var assessment = Assess(Amd, Leak(50_000, cause, 1_000_000));
        Assert.False(assessment.SurchargeExposure);
        Assert.True(assessment.ReportToPpc);
    }

    [Fact]
    public void Assess_ImproperUseWithoutProfit_HasNoSurchargeExposure()
    {
        Assert.False(Assess(Amd, Leak(50_000, "improper-use", 0)).SurchargeExposure);
    }

    [Theory]
    [InlineData("Sensitive")]
    [InlineData("Health")]
    [InlineData("Criminal")]
    [InlineData("PaymentCred")]
    public void Assess_OnePersonOfAReportableCategory_IsReported(string category)
    {
        Assert.True(Assess(Cur, Leak(1, "leak", 0, category)).ReportToPpc);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Assess_StronglyEncryptedOrPseudonymised_IsNotReported(bool encrypted, bool pseudonymised)
    {
        var facts = Leak(5000, "leak", 0, "Sensitive") with { StrongEncryption = encrypted, Pseudonymised = pseudonymised };
        var assessment = Assess(Cur, facts);
        Assert.False(assessment.ReportToPpc);
        Assert.Empty(assessment.Obligations);
    }

    [Theory]
    [InlineData("leak", 30)]
    [InlineData("loss", 30)]
    [InlineData("unauthorized-access", 60)]
    [InlineData("fraudulent-acquisition", 60)]
    [InlineData("improper-use", 60)]
    public void Assess_Deadlines_CountFromDiscovery(string cause, int finalDays)
    {
        var assessment = Assess(Cur, Leak(2000, cause));
        Assert.Equal(At.AddDays(5), assessment.Obligations.Single(o => o.Id == "ppc-preliminary").DueAt);
        var final = assessment.Obligations.Single(o => o.Id == "ppc-final");
        Assert.Equal(At.AddDays(finalDays), final.DueAt);
        Assert.Equal("APPI-BRE-02", final.RuleId);
    }

    [Fact]
    public void Assess_SuspectedIncident_IsReportedLikeAConfirmedOne()
    {
        Assert.True(Assess(Cur, Leak(1001) with { Suspected = true }).ReportToPpc);
    }

    [Fact]
    public void Assess_LowRiskCategoriesUnderTheAmendment_WaiveIndividualNotice()
    {
        var policy = Amended.WithParameter("breach.noticeWaiverCategories", "InternalId");
        var waived = Assess(Amd, Leak(1001, "leak", 0, "InternalId"), policy);
        Assert.True(waived.IndividualNoticeWaived);
        Assert.False(waived.NotifyIndividuals);
        Assert.True(waived.ReportToPpc);
        var mixed = Assess(Amd, Leak(1001, "leak", 0, "InternalId", "PI"), policy);
        Assert.True(mixed.NotifyIndividuals);
    }

    [Fact]
    public void Assess_LeakOfPersonKeysOnlyWithWaiver_WaivesIndividualNotice()
    {
        var policy = Amended.WithParameter("breach.noticeWaiverCategories", "InternalId");
        var categories = PolicyEvaluator.Categories(policy, [new ColumnFacts("patient_id", ColumnClass.PersonKey)], At);
        var assessment = Assess(Amd, new IncidentFacts("leak", 1001, categories), policy);
        Assert.Contains(assessment.Rules, r => r.Id == "AMD-BRE-01");
        Assert.True(assessment.IndividualNoticeWaived);
    }

    [Theory]
    [InlineData("improper-use", null, false, true)]
    [InlineData("unlawful-provision", null, false, true)]
    [InlineData("improper-use", 0L, false, false)]
    [InlineData("improper-use", 1L, true, false)]
    [InlineData("unlawful-provision", 500000L, true, false)]
    [InlineData("leak", null, false, false)]
    public void Assess_ProfitKnownOrNot_ReportsExposureOrLeavesItToAssess(string cause, long? profit, bool exposure, bool toAssess)
    {
        var assessment = Assess(Amd, new IncidentFacts(cause, 1001, ["PI"], ProfitYen: profit));
        Assert.Equal(exposure, assessment.SurchargeExposure);
        Assert.Equal(toAssess, assessment.SurchargeToAssess);
        Assert.Equal(exposure || toAssess, assessment.Rules.Any(r => r.Id == "AMD-SUR-01"));
        Assert.False(Assess(Amd, new IncidentFacts(cause, 1000, ["PI"], ProfitYen: profit)).SurchargeToAssess);
    }

    [Fact]
    public void Assess_WaiverCategoriesUnderCurrentLaw_StillNotify()
    {
        var policy = Current.WithParameter("breach.noticeWaiverCategories", "InternalId");
        Assert.True(Assess(Cur, Leak(1001, "leak", 0, "InternalId"), policy).NotifyIndividuals);
    }

    [Theory]
    [InlineData(Cur, false)]
    [InlineData(Amd, true)]
    public void Assess_FraudulentAcquisition_StopsUseAndFlagsCriminalRiskUnderTheAmendment(string regime, bool criminal)
    {
        var assessment = Assess(regime, Leak(3, "fraudulent-acquisition"));
        Assert.Contains(assessment.Obligations, o => o.Id == "stop-use" && o.RuleId == "APPI-ACQ-01");
        Assert.Equal(criminal, assessment.CriminalRisk);
        Assert.Equal(criminal, assessment.Rules.Any(r => r.Id == "AMD-PEN-01"));
    }

    [Fact]
    public void Assess_UnknownCause_IsRefused()
    {
        Assert.Equal("KURA-POLICY-FACT-INVALID", Assert.Throws<KuraException>(() => Assess(Cur, Leak(10, "hack"))).Code);
    }

    [Fact]
    public void Assess_NegativeCount_IsRefused()
    {
        Assert.Equal("KURA-INCIDENT-INVALID", Assert.Throws<KuraException>(() => Assess(Cur, Leak(-1))).Code);
    }
}
