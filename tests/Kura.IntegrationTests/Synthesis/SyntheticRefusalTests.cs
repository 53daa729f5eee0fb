using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Synthesis;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>A refused synthesis spends nothing, ledgers no reservation or release, and leaves no file (temporary ones included).</summary>
public class SyntheticRefusalTests
{
    private const string Project = "synth";

    private static SyntheticRequest Patients(SynthHome home, params string[] columns) => new()
    {
        Project = Project, Epsilon = 1m, Rows = 100, OutputPath = home.Out("refused.csv"), Table = "patients", Columns = columns,
    };

    private static void AssertRefusedWithNothingSpent(SynthHome home, SyntheticRequest request, string code, KuraErrorKind kind)
    {
        var error = Assert.Throws<KuraException>(() => home.Engine.Synthesize(request));

        Assert.Equal(code, error.Code);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(PrivacyCost.Zero, home.Spent(request.Project));
        Assert.Empty(home.Entries(LedgerEntryTypes.BudgetReserved));
        Assert.Empty(home.Entries(LedgerEntryTypes.SyntheticReleased));
        Assert.Empty(home.OutputFiles());
    }

    [Fact]
    public void Synthesize_ColumnWithoutDomain_RefusedSayingHowToDeclareOne()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);

        AssertRefusedWithNothingSpent(home, Patients(home, "性別", "市区町村"), "KURA-SYNTH-DOMAIN-MISSING", KuraErrorKind.BadInput);

        var message = Assert.Throws<KuraException>(() => home.Engine.Synthesize(Patients(home, "市区町村"))).Message;
        Assert.Contains("--domain 市区町村=FILE", message);
        Assert.Contains("kura synth domain medical patients.市区町村=", message);
    }

    [Fact]
    public void Synthesize_ProjectNotApprovedForSynthetic_RefusedByPolicy()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.DpQuery);

        AssertRefusedWithNothingSpent(home, Patients(home, "性別"), "KURA-RELEASE-KIND-NOT-APPROVED", KuraErrorKind.RefusedByPolicy);
    }

    [Fact]
    public void Synthesize_MoreThanTheBudget_RefusedByPrivacy()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 1, 0.000001m, ReleaseKind.Synthetic);

        AssertRefusedWithNothingSpent(home, Patients(home, "性別") with { Epsilon = 1.5m }, "KURA-BUDGET-EXHAUSTED", KuraErrorKind.RefusedByPrivacy);
    }

    [Fact]
    public void Synthesize_MoreThanTheDatasetBudget_RefusedByPrivacy()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Engine.SetDatasetBudget(SynthHome.Demo, new PrivacyBudget(0.5m, 0.000001m));
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);

        AssertRefusedWithNothingSpent(home, Patients(home, "性別"), "KURA-DATASET-BUDGET-EXHAUSTED", KuraErrorKind.RefusedByPrivacy);
    }

    [Fact]
    public void Synthesize_PureEpsilonProject_RefusedBecauseZcdpNeedsDelta()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0m, ReleaseKind.Synthetic);

        AssertRefusedWithNothingSpent(home, Patients(home, "性別"), "KURA-BUDGET-PURE-ONLY", KuraErrorKind.RefusedByPrivacy);
    }

    [Fact]
    public void Synthesize_DeltaLargerThanTheProjects_RefusedBeforeSpending()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);

        AssertRefusedWithNothingSpent(home, Patients(home, "性別") with { Delta = 0.001m }, "KURA-SYNTH-DELTA", KuraErrorKind.BadInput);
    }

    [Theory]
    [InlineData("patients.個人番号", "KURA-SYNTH-COLUMN-REFUSED")]
    [InlineData("patients.person_id", "KURA-SYNTH-COLUMN-REFUSED")]
    public void Synthesize_IdentifierColumn_RefusedEvenWithADomain(string column, string code)
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);
        var request = Patients(home, column) with { Domains = new Dictionary<string, DomainDeclaration> { [column] = DomainDeclaration.OfValues(["x"]) } };

        AssertRefusedWithNothingSpent(home, request, code, KuraErrorKind.RefusedByPolicy);
    }

    [Fact]
    public void Synthesize_AimWorkloadNamingAnUnknownColumn_Refused()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);
        var request = Patients(home, "性別", "都道府県") with { Method = SynthesisMethod.Aim, Workload = [["性別", "年収"]] };

        AssertRefusedWithNothingSpent(home, request, "KURA-SYNTH-WORKLOAD", KuraErrorKind.BadInput);
    }

    [Fact]
    public void Synthesize_DomainsTooLargeForOneMarginal_RefusedBeforeSpending()
    {
        using var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);
        var request = new SyntheticRequest
        {
            Project = Project, Epsilon = 1m, Rows = 100, OutputPath = home.Out("refused.csv"), Features =
            [
                PersonFeatureSpec.Parse("cost=sumband:claims.費用_円:0:10000:1"),
                PersonFeatureSpec.Parse("total=sumband:claims.費用_円:0:10000:1"),
            ],
        };

        AssertRefusedWithNothingSpent(home, request, "KURA-SYNTH-DOMAIN-TOO-LARGE", KuraErrorKind.BadInput);
    }
}
