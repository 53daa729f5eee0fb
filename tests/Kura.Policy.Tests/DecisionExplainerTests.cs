using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

public class DecisionExplainerTests
{
    [Fact]
    public void Explain_AllowedWithSteps_ListsRulesPendingStepsAndExclusionsInBothLanguages()
    {
        var decision = Evaluate(PolicyVocabulary.Regime2026, Request("ai-development", "dp-query", Face, Diagnosis) with { MinSubjectAge = 15 });
        var text = DecisionExplainer.Explain(decision);
        Assert.Contains("ポリシー判断: 条件付き許可（手続が必要）", text);
        Assert.Contains("Policy decision: Allowed with steps", text);
        Assert.Contains("[未了] two-stewards", text);
        Assert.Contains("[pending] public-health-statement", text);
        Assert.Contains("AMD-CHD-01", text);
        Assert.Contains("subjects under 16 whose facial data", text);
        Assert.Contains("child.consentAge = 16", text);
        Assert.Contains("It cannot be approved yet", text);
    }

    [Fact]
    public void Explain_FactWithSource_PrintsTheSourceBesideTheValueInEachLanguage()
    {
        var facts = Request("statistics", "dp-query", Face) with
        {
            MinSubjectAge = 0,
            FactSources = new Dictionary<string, LocalizedText> { ["subject.minAge"] = new("管理者 sato が申告", "declared by steward sato") },
        };
        var decision = Evaluate(PolicyVocabulary.RegimeCurrent, facts);
        Assert.Contains("subject.minAge=0 (declared by steward sato)", DecisionExplainer.English(decision));
        Assert.Contains("subject.minAge=0 (管理者 sato が申告)", DecisionExplainer.Japanese(decision));
        Assert.Contains("subject.minAge=0 (declared by steward sato)", DecisionExplainer.English(PolicyDecision.FromJson(decision.ToJson())));
    }

    [Fact]
    public void Explain_Denied_NamesTheRefusingRule()
    {
        var text = DecisionExplainer.English(Evaluate(PolicyVocabulary.RegimeCurrent, Request("marketing")));
        Assert.Contains("Policy decision: Denied", text);
        Assert.Contains("dp-query: Denied (refused by APPI-PUR-01)", text);
        Assert.DoesNotContain("approved", text);
    }

    [Fact]
    public void Explain_NoBasis_SaysNoRuleAllowsIt()
    {
        var decision = Evaluate(PolicyVocabulary.RegimeCurrent, Request("academic-research", "pseudonymized-extract") with { Action = "use" });
        Assert.Contains("この提供形態を許可する規則はありません", DecisionExplainer.Japanese(decision));
    }

    [Fact]
    public void Explain_StoredDecision_NeedsNoPolicy()
    {
        var json = Evaluate(PolicyVocabulary.RegimeCurrent, Request()).ToJson();
        var text = DecisionExplainer.Explain(PolicyDecision.FromJson(json));
        Assert.Contains("APPI-STAT-01", text);
        Assert.Contains("A steward may approve it.", text);
    }
}
