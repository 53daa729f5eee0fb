using Kura.Core;
using Kura.Engine.Extracts;
using Kura.IntegrationTests.Extracts;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.IntegrationTests.Policy;

/// <summary>An extract re-checks the release gate before it is recorded, and its entry names its basis.</summary>
public class ExtractReleaseGateTests
{
    /// <summary>Reports synchronously, so a stage can act before the extract goes on.</summary>
    private sealed class OnStage(string stage, Action act) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value == stage) act();
        }
    }

    [Fact]
    public void Extract_ProjectRevokedWhileWriting_IsNotRecordedOrPublished()
    {
        using var home = new ExtractHome().LoadSurvey(persons: 50);
        home.Approve("p", ExtractHome.Survey, ReleaseKind.AnonymizedExtract);
        var request = new ExtractRequest { Project = "p", Kind = ExtractKind.Anonymized, OutputPath = home.Out("late.csv"), K = 2, SuppressionLimit = 1.0, Columns = ["年齢", "都道府県"] };

        var e = Assert.Throws<KuraException>(() => home.Engine.Extract(request, new OnStage("writing", () => home.Engine.RevokeProject("p", "sato", "withdrawn"))));

        Assert.Equal("KURA-PROJECT-NOT-APPROVED", e.Code);
        Assert.Empty(home.ExtractEntries());
        Assert.Empty(home.Engine.ListExtracts("p"));
        Assert.DoesNotContain("late.csv", home.OutputFiles());
    }

    [Fact]
    public void Extract_LedgerEntry_CarriesPolicyHashAndBasisRules()
    {
        using var home = new ExtractHome().LoadSurvey(persons: 50);
        home.Approve("p", ExtractHome.Survey, ReleaseKind.AnonymizedExtract);

        home.Engine.Extract(new ExtractRequest { Project = "p", Kind = ExtractKind.Anonymized, OutputPath = home.Out("ok.csv"), K = 2, SuppressionLimit = 1.0, Columns = ["年齢", "都道府県"] });

        var entry = Assert.Single(home.ExtractEntries()).Payload;
        Assert.Equal(home.Engine.PolicyStatus().Adopted.Hash, entry["policy_hash"]!.GetValue<string>());
        var basis = home.Engine.ReviewProject("p").Decision.ReleaseKinds.Single(k => k.Kind == ReleaseKind.AnonymizedExtract.ToPolicyName()).BasisRuleIds;
        Assert.NotEmpty(basis);
        Assert.Equal(basis, entry["basis_rule_ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(LedgerEntryTypes.ExtractReleased, home.Engine.Ledger.ReadAll().Last(x => x.Type.EndsWith(".released", StringComparison.Ordinal)).Type);
    }
}
