using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Synthesis;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>
/// MST is built around the target only when its cliques (target, a, b) fit: a default target too large for that is
/// not used (plain MST, decided from the public domains), a named one is refused before anything is spent.
/// </summary>
public class ModelTargetTests
{
    private const string Project = "synth";

    // 1,001 city values (1,000 declared and その他) × 65 × 65 cells > 4,000,000; every pair stays small.
    private static SyntheticRequest WideTarget(SynthHome home, string? target) => new()
    {
        Project = Project, Epsilon = 1m, Rows = 200, OutputPath = home.Out("wide.csv"), Target = target,
        Features =
        [
            PersonFeatureSpec.Parse("cost=sumband:claims.費用_円:0:65000:1000"),
            PersonFeatureSpec.Parse("claims=count:claims:64"),
            PersonFeatureSpec.Parse("city=category:patients.市区町村"),
        ],
        Domains = new Dictionary<string, DomainDeclaration> { ["city"] = DomainDeclaration.OfValues(Enumerable.Range(0, 1_000).Select(i => $"市{i}")) },
    };

    private static SynthHome Home()
    {
        var home = new SynthHome().LoadDemo(100);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);
        return home;
    }

    [Fact]
    public void Synthesize_DefaultTargetTooLargeForTheModel_FallsBackToPlainMst()
    {
        using var home = Home();

        var outcome = home.Engine.Synthesize(WideTarget(home, target: null));

        Assert.Equal(SynthesisMethod.Mst, outcome.Method);
        var provenance = SynthHome.Manifest(outcome)["provenance"]!;
        Assert.Null(provenance["model_target"]);
        Assert.All(provenance["model_cliques"]!.AsArray(), clique => Assert.True(clique!.AsArray().Count <= 2));
        // The report still predicts the default target (here every real city lies outside the declared list, so
        // all are その他 and the classifier cannot be trained: the note names it).
        Assert.Null(outcome.Utility.Classifier);
        Assert.Contains("'city'", outcome.UtilityNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_NamedTargetTooLargeForTheModel_RefusedBeforeSpending()
    {
        using var home = Home();

        var error = Assert.Throws<KuraException>(() => home.Engine.Synthesize(WideTarget(home, target: "city")));

        Assert.Equal("KURA-SYNTH-DOMAIN-TOO-LARGE", error.Code);
        Assert.Contains("--method aim", error.Message, StringComparison.Ordinal);
        Assert.Equal(PrivacyCost.Zero, home.Spent(Project));
        Assert.Empty(home.Entries(LedgerEntryTypes.BudgetReserved));
        Assert.Empty(home.OutputFiles());
    }
}
