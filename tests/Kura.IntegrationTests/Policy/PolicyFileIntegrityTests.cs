using Kura.Core;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.IntegrationTests.Policy;

/// <summary>The home's policy file is adopted only by a steward's <c>policy load</c>; shipped safeguards cannot be dropped quietly.</summary>
public class PolicyFileIntegrityTests
{
    // Through the canonical writer, so YAML anchors a dropped rule defined stay resolved.
    private static string WithoutRule(string text, string id)
    {
        var policy = PolicyFile.Parse(text);
        Assert.NotNull(policy.FindRule(id));
        return PolicyFile.Write(policy with { Rules = [.. policy.Rules.Where(r => r.Id != id)] });
    }

    private static LedgerEntry LastPolicyEntry(PolicyHome home) => home.Engine.Ledger.ReadAll().Last(e => e.Type == LedgerEntryTypes.PolicyChanged);

    [Fact]
    public void Query_HomeFileEditedByHand_IsRefusedUntilAStewardLoadsIt()
    {
        using var home = SurveyProject.NewHome();
        SurveyProject.Approve(home);
        home.Engine.Query(SurveyProject.Count());
        var adopted = home.Engine.PolicyStatus().Adopted;
        var edited = WithoutRule(File.ReadAllText(home.PolicyPath), "KURA-GOV-01");
        File.WriteAllText(home.PolicyPath, edited);

        var status = home.Engine.PolicyStatus();
        var refused = Assert.Throws<KuraException>(() => home.Engine.Query(SurveyProject.Count()));

        Assert.Equal(adopted.Hash, status.Adopted.Hash);
        Assert.Contains("changed outside Kura", status.FileProblem, StringComparison.Ordinal);
        Assert.NotNull(status.Active.FindRule("KURA-GOV-01"));
        Assert.Equal("KURA-POLICY-FILE-CHANGED", refused.Code);
        Assert.Contains("kura policy load", refused.Message, StringComparison.Ordinal);
        Assert.Equal(adopted.Hash, LastPolicyEntry(home).Payload["new_hash"]!.GetValue<string>());
        Assert.Equal("KURA-POLICY-INVALID", Assert.Throws<KuraException>(() => home.Engine.SetPolicyParameter("child.consentAge", "15")).Code);

        home.Engine.LoadPolicy(edited, home.PolicyPath, " Sato ", ["KURA-GOV-01"]);

        var entry = LastPolicyEntry(home).Payload;
        Assert.Equal("sato", entry["steward"]!.GetValue<string>());
        Assert.Equal(["KURA-GOV-01"], entry["rules_removed"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(entry["rules_changed"]!.AsArray());
        Assert.Null(home.Engine.PolicyStatus().FileProblem);
        home.Engine.Query(SurveyProject.Count());
    }

    [Fact]
    public void Query_HomeFileRestored_IsAllowedAgainWithoutANewAdoption()
    {
        using var home = SurveyProject.NewHome();
        SurveyProject.Approve(home);
        var original = File.ReadAllText(home.PolicyPath);
        var entries = home.Engine.Ledger.ReadAll().Count(e => e.Type == LedgerEntryTypes.PolicyChanged);
        File.WriteAllText(home.PolicyPath, original.Replace("default: 365", "default: 3650", StringComparison.Ordinal));
        Assert.Equal("KURA-POLICY-FILE-CHANGED", Assert.Throws<KuraException>(() => home.Engine.Query(SurveyProject.Count())).Code);

        File.WriteAllText(home.PolicyPath, original);

        home.Engine.Query(SurveyProject.Count());
        Assert.Equal(entries, home.Engine.Ledger.ReadAll().Count(e => e.Type == LedgerEntryTypes.PolicyChanged));
    }

    [Theory]
    [InlineData("APPI-PUR-01")]
    [InlineData("KURA-OBJ-01")]
    [InlineData("KURA-CHD-01")]
    [InlineData("KURA-GOV-01")]
    public void LoadPolicy_FileDroppingAShippedRule_IsRefusedUnlessNamed(string rule)
    {
        using var home = new PolicyHome();
        var before = home.Engine.PolicyStatus().Adopted.Hash;
        var text = WithoutRule(PolicyFile.ShippedDefaultText, rule);

        var e = Assert.Throws<KuraException>(() => home.Engine.LoadPolicy(text, "trimmed.yaml", "sato"));

        Assert.Equal("KURA-POLICY-RULE-REMOVED", e.Code);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, home.Engine.PolicyStatus().Adopted.Hash);
        Assert.Equal(PolicyFile.ShippedDefaultText, File.ReadAllText(home.PolicyPath));
        home.Engine.LoadPolicy(text, "trimmed.yaml", "sato", [rule]);
        Assert.Null(home.Engine.PolicyStatus().Active.FindRule(rule));
    }

    [Fact]
    public void LoadPolicy_ChangedRule_IsLedgeredByRuleId()
    {
        using var home = new PolicyHome();
        home.Engine.PolicyStatus();
        var text = PolicyFile.ShippedDefaultText.Replace("when: {fact: data.categories, hasAny: [Sensitive, Criminal]}", "when: {fact: data.categories, hasAny: [Criminal]}", StringComparison.Ordinal);
        Assert.NotEqual(PolicyFile.ShippedDefaultText, text);

        home.Engine.LoadPolicy(text, "edited.yaml", "tanaka");

        var entry = LastPolicyEntry(home).Payload;
        Assert.Equal(["KURA-GOV-01"], entry["rules_changed"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("rules changed: KURA-GOV-01", entry["change"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("by tanaka", home.Engine.PolicyStatus().Adopted.Change, StringComparison.Ordinal);
    }

    [Fact]
    public void ExclusionsOf_PolicyWithoutObjectionOrChildRules_StillExcludesThem()
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.AddObjection(PolicyHome.Clinic, "A05", "asked to stop");
        var before = home.Engine.ExclusionsOf(PolicyHome.Clinic);
        var text = PolicyFile.ShippedDefaultText;
        foreach (var rule in new[] { "KURA-OBJ-01", "KURA-CHD-01", "AMD-CHD-01" }) text = WithoutRule(text, rule);

        home.Engine.LoadPolicy(text, "trimmed.yaml", "sato", ["KURA-OBJ-01", "KURA-CHD-01", "AMD-CHD-01"]);
        var after = home.Engine.ExclusionsOf(PolicyHome.Clinic);

        Assert.Equal(1, after.Objectors);
        Assert.True(before.MinorsWithoutConsent > 0);
        Assert.Equal((before.Objectors, before.MinorsWithoutConsent, before.Total), (after.Objectors, after.MinorsWithoutConsent, after.Total));
    }
}
