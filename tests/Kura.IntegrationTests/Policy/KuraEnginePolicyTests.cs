using Kura.Core;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.IntegrationTests.Policy;

/// <summary>The home's policy file: adoption, regimes, parameters, and refusal of malformed files.</summary>
public class KuraEnginePolicyTests
{
    private static int PolicyEntries(PolicyHome home) => home.Engine.Ledger.ReadAll().Count(e => e.Type == LedgerEntryTypes.PolicyChanged);

    [Fact]
    public void Init_CopiesTheShippedPolicy_AndTheFirstUseAdoptsItOnce()
    {
        using var home = new PolicyHome();
        Assert.Equal(PolicyFile.ShippedDefaultText, File.ReadAllText(home.PolicyPath));

        var status = home.Engine.PolicyStatus();
        home.Engine.PolicyStatus();

        Assert.Null(status.FileProblem);
        Assert.Equal(PolicyFile.LoadShippedDefault().ContentHash, status.Adopted.Hash);
        Assert.Equal((PolicyVocabulary.RegimeCurrent, PolicyVocabulary.RegimeCurrent, new DateOnly(2022, 4, 1)),
            (status.Regime.Selected, status.Regime.Effective, status.Regime.Since));
        Assert.Contains(status.Active.Parameters, p => p.Name == "breach.personThreshold" && p.Current.ToString() == "1000" && p.Source.Contains("PPC Rules"));
        Assert.Equal(1, PolicyEntries(home));
    }

    [Fact]
    public void SetPolicyParameter_WritesTheFileAndLedgersOldAndNewHash()
    {
        using var home = new PolicyHome();
        var before = home.Engine.PolicyStatus().Adopted.Hash;

        var status = home.Engine.SetPolicyParameter("breach.personThreshold", "500", "hypothetical ordinance");

        Assert.Equal("500", status.Active.Parameter("breach.personThreshold").Current.ToString());
        Assert.Equal("hypothetical ordinance", status.Active.Parameter("breach.personThreshold").Source);
        Assert.Equal(status.Adopted.Hash, PolicyFile.Parse(File.ReadAllText(home.PolicyPath)).ContentHash);
        var entry = home.Engine.Ledger.ReadAll().Last(e => e.Type == LedgerEntryTypes.PolicyChanged);
        Assert.Equal(before, entry.Payload["old_hash"]!.GetValue<string>());
        Assert.Equal(status.Adopted.Hash, entry.Payload["new_hash"]!.GetValue<string>());
        Assert.Equal(2, status.History.Count);
    }

    [Fact]
    public void SelectRegime_Amendment_WaitsForItsEffectiveDate()
    {
        using var home = new PolicyHome();

        var waiting = home.Engine.SelectRegime(PolicyVocabulary.Regime2026);
        Assert.Equal((PolicyVocabulary.Regime2026, PolicyVocabulary.RegimeCurrent), (waiting.Regime.Selected, waiting.Regime.Effective));
        Assert.Contains("not set", waiting.Regime.Explanation.En);

        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-07-01");
        Assert.Equal(PolicyVocabulary.RegimeCurrent, home.Engine.PolicyStatus().Regime.Effective);
        home.Clock.Advance(TimeSpan.FromDays(31));
        var inForce = home.Engine.PolicyStatus().Regime;
        Assert.Equal((PolicyVocabulary.Regime2026, new DateOnly(2026, 7, 1)), (inForce.Effective, inForce.Since));
    }

    [Fact]
    public void LoadPolicy_MalformedText_IsRefusedWithLineAndLeavesEverythingUntouched()
    {
        using var home = new PolicyHome();
        var active = home.Engine.PolicyStatus().Adopted.Hash;
        var fileBefore = File.ReadAllText(home.PolicyPath);
        var entries = PolicyEntries(home);
        var broken = PolicyFile.ShippedDefaultText.Replace("default: 1000", "default: lots", StringComparison.Ordinal);

        var e = Assert.Throws<KuraException>(() => home.Engine.LoadPolicy(broken, "broken.yaml", "sato"));

        Assert.Equal("KURA-POLICY-INVALID", e.Code);
        Assert.Matches(@"line \d+, column \d+", e.Message);
        Assert.Equal(active, home.Engine.PolicyStatus().Adopted.Hash);
        Assert.Equal(fileBefore, File.ReadAllText(home.PolicyPath));
        Assert.Equal(entries, PolicyEntries(home));
    }

    [Fact]
    public void PolicyStatus_HandEditedMalformedFile_IsReportedAndTheLastGoodPolicyStaysInForce()
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        var active = home.Engine.PolicyStatus().Adopted.Hash;
        File.WriteAllText(home.PolicyPath, "schema: 1\nversion: \"x\"\nregime: appi-current\nrules: [\n");

        var status = home.Engine.PolicyStatus();

        Assert.NotNull(status.FileProblem);
        Assert.Contains("line", status.FileProblem);
        Assert.Equal(active, status.Adopted.Hash);
        Assert.Equal(active, home.Engine.RequestProject(new("p", "Lab", Purpose.Statistics, [PolicyHome.Clinic], new PrivacyBudget(1, 0))).Decision.PolicyHash);
        Assert.Equal("KURA-POLICY-INVALID", Assert.Throws<KuraException>(() => home.Engine.SetPolicyParameter("child.consentAge", "15")).Code);
    }

    [Fact]
    public void PolicyStatus_MissingFile_IsReportedAndLoadRestoresIt()
    {
        using var home = new PolicyHome();
        var active = home.Engine.PolicyStatus().Adopted.Hash;
        File.Delete(home.PolicyPath);

        var status = home.Engine.PolicyStatus();
        Assert.Contains("missing", status.FileProblem);
        Assert.Equal(active, status.Adopted.Hash);

        home.Engine.LoadPolicy(PolicyFile.ShippedDefaultText, "kura-policy.yaml", "sato");
        Assert.Null(home.Engine.PolicyStatus().FileProblem);
        Assert.Equal(PolicyFile.ShippedDefaultText, File.ReadAllText(home.PolicyPath));
    }
}
