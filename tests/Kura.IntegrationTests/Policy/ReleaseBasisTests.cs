using Kura.Ledger;

namespace Kura.IntegrationTests.Policy;

/// <summary>Every release entry names the policy it was released under and the rules that allowed it.</summary>
public class ReleaseBasisTests
{
    [Fact]
    public void Query_LedgerEntry_CarriesPolicyHashAndBasisRules()
    {
        using var home = SurveyProject.NewHome();
        SurveyProject.Approve(home);

        home.Engine.Query(SurveyProject.Count());

        var entry = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.QueryReleased).Payload;
        var decision = home.Engine.ReviewProject("p").Decision;
        Assert.Equal(home.Engine.PolicyStatus().Adopted.Hash, entry["policy_hash"]!.GetValue<string>());
        var basis = entry["basis_rule_ids"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.NotEmpty(basis);
        Assert.Equal(decision.ReleaseKinds.Single(k => k.Kind == "dp-query").BasisRuleIds, basis);
    }
}
