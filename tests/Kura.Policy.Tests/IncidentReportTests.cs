using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

public class IncidentReportTests
{
    private static readonly IncidentAssessment Assessment =
        IncidentAssessment.Assess(Amended, new IncidentFacts("improper-use", 1500, ["Sensitive", "Health"], ProfitYen: 2_000_000), At);

    private static readonly IncidentReportContext Context = new("Hospital <A> | group", "wards_2026", "INC-7", At.AddHours(2), "privacy@example.jp");

    [Fact]
    public void Markdown_ListsObligationsDeadlinesAndFlagsInBothLanguages()
    {
        var text = IncidentReport.Markdown(Assessment, Context);
        Assert.Contains("# 個人データの漏えい等に関する報告: INC-7", text);
        Assert.Contains("# Personal data incident report: INC-7", text);
        Assert.Contains("2028-07-31 10:00 +09:00 (60 days)", text);
        Assert.Contains("1,500", text);
        Assert.Contains("AMD-SUR-01", text);
        Assert.Contains("Surcharge exposure: yes", text);
        Assert.Contains("課徴金の対象となり得る: はい", text);
    }

    [Fact]
    public void Markdown_ProfitNotKnown_SaysSurchargeExposureIsToBeAssessed()
    {
        var assessment = IncidentAssessment.Assess(Amended, new IncidentFacts("improper-use", 1001, ["PI"]), At);
        var text = IncidentReport.Markdown(assessment, Context);
        Assert.Contains("Surcharge exposure: to be assessed (profit not known yet)", text);
        Assert.Contains("Profit from the act (yen): not known yet", text);
        Assert.Contains("AMD-SUR-01", text);
    }

    [Fact]
    public void Markdown_UserTextIsEscaped()
    {
        var text = IncidentReport.Markdown(Assessment, Context);
        Assert.Contains(@"Hospital \<A\> \| group", text);
        Assert.Contains(@"wards\_2026", text);
    }

    [Fact]
    public void Html_IsAStandalonePageWithEncodedText()
    {
        var html = IncidentReport.Html(Assessment, Context);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Hospital &lt;A&gt; | group", html);
        Assert.DoesNotContain("<A>", html);
        Assert.Contains("<td>APPI-BRE-02</td>", html);
    }
}
