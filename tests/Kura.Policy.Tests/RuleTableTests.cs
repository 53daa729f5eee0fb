namespace Kura.Policy.Tests;

/// <summary>Runs <see cref="RuleScenarios"/>: every rule id, both sides of its condition.</summary>
public class RuleTableTests
{
    [Theory]
    [MemberData(nameof(RuleScenarios.Names), MemberType = typeof(RuleScenarios))]
    public void Rule_Scenario_FiresExactlyWhenExpected(string name)
    {
        var scenario = RuleScenarios.Named(name);
        Assert.Equal(scenario.Fires, scenario.FiredRuleIds().Contains(scenario.RuleId));
    }

    [Fact]
    public void Scenarios_EveryShippedRuleId_HasAFiringAndANonFiringCase()
    {
        foreach (var rule in TestPolicies.Current.Rules)
        {
            Assert.Contains(RuleScenarios.All, s => s.RuleId == rule.Id && s.Fires);
            Assert.Contains(RuleScenarios.All, s => s.RuleId == rule.Id && !s.Fires);
        }
    }

    [Fact]
    public void ShippedPolicy_HoldsEveryCatalogRuleId()
    {
        string[] catalog =
        [
            "APPI-DEF-01", "APPI-DEF-02", "APPI-DEF-03", "APPI-ACQ-01", "APPI-ACQ-02", "APPI-PUR-01", "APPI-3P-01",
            "APPI-3P-02", "APPI-3P-03", "APPI-PSE-01", "APPI-PSE-02", "APPI-ANO-01", "APPI-ANO-02", "APPI-BRE-01",
            "APPI-BRE-02", "APPI-BRE-03", "AMD-STAT-01", "AMD-STAT-02", "AMD-STAT-03", "AMD-CONS-01", "AMD-PH-01",
            "AMD-CHD-01", "AMD-CHD-02", "AMD-CHD-03", "AMD-BIO-01", "AMD-SUR-01", "AMD-PEN-01", "AMD-BRE-01",
            "AMD-PROC-01", "MED-OPT-01", "MED-CERT-01", "MED-ANO-01", "MED-PSE-01",
        ];
        var ids = TestPolicies.Current.Rules.Select(r => r.Id).ToHashSet();
        Assert.All(catalog, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void ShippedPolicy_AmendmentRules_ApplyOnlyUnderAppi2026()
    {
        Assert.All(TestPolicies.Current.Rules.Where(r => r.Id.StartsWith("AMD-", StringComparison.Ordinal)),
            r => Assert.Equal([PolicyVocabulary.Regime2026], r.Regimes));
    }
}
