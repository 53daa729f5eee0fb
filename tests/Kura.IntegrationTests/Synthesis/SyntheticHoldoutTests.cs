using System.Globalization;
using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.IntegrationTests.Extracts;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>
/// With a classifier target, a fifth of the real rows is held out to test on and never fitted. Each of 200 persons
/// holds a bucket of their own; at a very large ε (noise σ ≈ 0.02 persons) the synthetic rows spread over the fitted
/// buckets only, about 100 rows each, and a held-out bucket gets next to none. So the buckets left (almost) empty are
/// the held-out persons: about 40 of them (Binomial(200, 0.2), sd 5.7) with a target, none without.
/// </summary>
public class SyntheticHoldoutTests
{
    private const string Clinic = "clinic";
    private const int Persons = 200;
    private const int Rows = 16_000;

    private static string Bucket(int i) => string.Create(CultureInfo.InvariantCulture, $"b{i:D3}");

    private static SynthHome ClinicHome()
    {
        var home = new SynthHome();
        home.Import(Clinic, "visits", "person_id,bucket,kind\n" + string.Join("\n",
            Enumerable.Range(1, Persons).Select(i => string.Create(CultureInfo.InvariantCulture, $"Q{i:D3},{Bucket(i)},{(i % 2 == 0 ? "A" : "B")}"))));
        home.Engine.SetDatasetBudget(Clinic, new PrivacyBudget(100_000, 0.000001m));
        home.Approve("p", Clinic, 100_000, 0.000001m, ReleaseKind.Synthetic);
        return home;
    }

    private static SyntheticOutcome Synthesize(SynthHome home, string file, params string[] columns) => home.Engine.Synthesize(new SyntheticRequest
    {
        Project = "p", Epsilon = 2_000m, Rows = Rows, OutputPath = home.Out(file), Table = "visits", Columns = columns, OtherBucket = false,
        Domains = new Dictionary<string, DomainDeclaration>
        {
            ["bucket"] = DomainDeclaration.OfValues(Enumerable.Range(1, Persons).Select(Bucket)),
            ["kind"] = DomainDeclaration.OfValues(["A", "B"]),
        },
    });

    // Buckets with under a quarter of the rows a fitted bucket gets (about 16,000 / 160 = 100; a held-out one gets 0 or 1).
    private static int NearlyEmptyBuckets(SyntheticOutcome outcome)
    {
        var counts = ExtractCsv.Read(outcome.OutputPath).Column("bucket").CountBy(b => b).ToDictionary(p => p.Key, p => p.Value);
        return Enumerable.Range(1, Persons).Count(i => counts.GetValueOrDefault(Bucket(i)) < Rows / Persons / 4);
    }

    [Fact]
    public void Synthesize_WithTarget_LeavesTheHeldOutPersonsUnfitted()
    {
        using var home = ClinicHome();

        var outcome = Synthesize(home, "with-target.csv", "bucket", "kind");

        Assert.InRange(NearlyEmptyBuckets(outcome), 10, 80);
        var manifest = SynthHome.Manifest(outcome);
        Assert.Contains("held out", manifest["provenance"]!["holdout"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("held-out real rows", manifest["utility"]!["classifier"]!["tested_on"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_WithoutTarget_FitsEveryPerson()
    {
        using var home = ClinicHome();

        var outcome = Synthesize(home, "no-target.csv", "bucket");

        Assert.Equal(0, NearlyEmptyBuckets(outcome));
        Assert.Null(SynthHome.Manifest(outcome)["provenance"]!["holdout"]);
        Assert.Null(outcome.Utility.Classifier);
    }
}
