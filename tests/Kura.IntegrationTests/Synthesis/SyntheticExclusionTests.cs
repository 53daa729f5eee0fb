using System.Globalization;
using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.IntegrationTests.Extracts;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>
/// Row exclusions apply before fitting. In a tiny dataset only the persons who object hold value C. At a very large ε
/// the synthetic shares follow the real ones closely (noise σ ≈ 0.02 persons), so C must vanish once they object:
/// about a quarter of the rows are C before the objections, and none (at most model rounding, far below 1%) after.
/// </summary>
public class SyntheticExclusionTests
{
    private const string Clinic = "clinic";
    private const int Rows = 4_000;

    private static SynthHome ClinicHome()
    {
        var home = new SynthHome();
        var persons = Enumerable.Range(1, 40).Select(i => (Id: string.Create(CultureInfo.InvariantCulture, $"Q{i:D2}"), Kind: i <= 15 ? "A" : i <= 30 ? "B" : "C"));
        home.Import(Clinic, "visits", "person_id,kind\n" + string.Join("\n", persons.Select(p => $"{p.Id},{p.Kind}")));
        home.Engine.SetDatasetBudget(Clinic, new PrivacyBudget(100_000, 0.000001m));
        home.Approve("p", Clinic, 100_000, 0.000001m, ReleaseKind.Synthetic);
        return home;
    }

    private static int CountOfC(SynthHome home, string file)
    {
        var outcome = home.Engine.Synthesize(new SyntheticRequest
        {
            Project = "p", Epsilon = 2_000m, Rows = Rows, OutputPath = home.Out(file), Table = "visits", Columns = ["kind"],
            Domains = new Dictionary<string, DomainDeclaration> { ["kind"] = DomainDeclaration.OfValues(["A", "B", "C"]) }, OtherBucket = false,
        });
        return ExtractCsv.Read(outcome.OutputPath).Column("kind").Count(v => v == "C");
    }

    [Fact]
    public void Synthesize_AfterTheOnlyHoldersOfAValueObject_ThatValueVanishes()
    {
        using var home = ClinicHome();
        Assert.InRange(CountOfC(home, "before.csv"), Rows / 5, Rows * 3 / 10);

        foreach (var i in Enumerable.Range(31, 10))
            home.Engine.AddObjection(Clinic, string.Create(CultureInfo.InvariantCulture, $"Q{i:D2}"), "asked to be left out");

        Assert.InRange(CountOfC(home, "after.csv"), 0, Rows / 100);
    }
}
