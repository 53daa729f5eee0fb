using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine.Synthesis;
using Kura.Ledger;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>
/// A synthetic release says how many rows it holds and nothing of how many real rows it came from: no JSON number in
/// the manifest or in the ledger entries the synthesis writes is a count of real persons or rows, of the persons read
/// through the release views, or of those held out or fitted.
/// </summary>
public class SyntheticRealCountTests
{
    private const string Project = "synth";
    private const int Persons = 1_337;
    private const int Rows = 3_000;

    // The legitimate figures here are domain sizes (≤ 6), the bins 0/25,000/100,000, way and set counts (≤ 3), 3,000
    // rows, 2,000 fit iterations, a ledger sequence below 100 and a file of tens of kilobytes. With 1,337 persons the
    // held-out count (Binomial(read, 0.2), about 265 ± 15) and the fitted count (about 1,060) lie far from all of them.
    private static readonly string[] Features = ["sex=category:patients.性別", "cost=sumband:claims.費用_円:0:100000:25000", "claims=count:claims:5"];

    [Fact]
    public void Synthesize_DemoHome_ManifestAndLedgerHoldNoCountOfRealRows()
    {
        using var home = new SynthHome().LoadDemo(Persons);
        home.Approve(Project, SynthHome.Demo, 5, 0.000001m, ReleaseKind.Synthetic);
        var before = home.Engine.Ledger.ReadAll().Max(e => e.Sequence);

        var outcome = home.Engine.Synthesize(new SyntheticRequest
        {
            Project = Project, Epsilon = 1m, Rows = Rows, OutputPath = home.Out("persons.csv"), Features = [.. Features.Select(PersonFeatureSpec.Parse)],
        });

        Assert.NotNull(outcome.Utility.Classifier); // there was a target, so rows were held out
        var written = home.Engine.Ledger.ReadAll().Where(e => e.Sequence > before).ToList();
        Assert.Contains(written, e => e.Type == LedgerEntryTypes.SyntheticReleased);
        var numbers = Numbers(SynthHome.Manifest(outcome)).Concat(written.SelectMany(e => Numbers(e.Payload))).ToList();
        Assert.Contains(Rows, numbers); // the walk sees the numbers that belong there

        var read = RealCounts(home, out var exact);
        Assert.DoesNotContain(numbers, n => exact.Contains(n));
        // The split is random: no number may lie within 6 sd of the held-out count's mean, nor of the fitted count's.
        var (mean, sd) = (read * 0.2, Math.Sqrt(read * 0.2 * 0.8));
        Assert.DoesNotContain(numbers, n => Math.Abs(n - mean) <= 6 * sd || Math.Abs(n - (read - mean)) <= 6 * sd);
    }

    /// <summary>Persons read (one per person in the release views); <paramref name="exact"/>: every exact real count.</summary>
    private static long RealCounts(SynthHome home, out HashSet<double> exact)
    {
        var schema = home.Engine.ReleaseSourceFor(SynthHome.Demo);
        long Count(string sql) => Convert.ToInt64(home.Vault.Backend.Execute(sql)[0][0], CultureInfo.InvariantCulture);
        var read = Count($"SELECT count(*) FROM (SELECT person_id FROM \"{schema}\".{DemoSchema.PatientsTable} UNION SELECT person_id FROM \"{schema}\".{DemoSchema.ClaimsTable})");
        var claimsRead = Count($"SELECT count(*) FROM \"{schema}\".{DemoSchema.ClaimsTable}");
        // The facial table's counts (tens) are left out: small enough to meet a ledger sequence by chance.
        var tables = home.Engine.ShowDataset(SynthHome.Demo).Tables.Where(t => t.Name != DemoSchema.FacialImagesTable);
        exact = [Persons, read, claimsRead, .. tables.SelectMany(t => new double[] { t.RowCount, t.PersonCount })];
        return read;
    }

    private static IEnumerable<double> Numbers(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Numbers(p.Value)),
        JsonArray a => a.SelectMany(Numbers),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => [double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture)],
        _ => [],
    };
}
