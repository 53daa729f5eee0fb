using System.Globalization;
using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.IntegrationTests.Extracts;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>
/// Children's facial data without recorded consent is left out before fitting, as objections are. In a tiny dataset
/// every person has a face image; only the children under 16 whose consent is recorded as refused hold kind C, and
/// children of the same age whose consent is given hold kind D. At a very large ε the synthetic shares follow the
/// fitted ones closely (noise σ ≈ 0.02 persons): were the children without consent read, about a quarter of the
/// synthetic rows would be C; left out, C vanishes (at most model rounding, far below 1%) while D keeps its third.
/// </summary>
public class SyntheticMinorFacialTests
{
    private const string Clinic = "clinic";
    private const int Rows = 4_000;

    private static string Person(int i) => string.Create(CultureInfo.InvariantCulture, $"Q{i:D2}");

    // Q01–Q20 adults (A); Q21–Q30 aged 12 with consent given (D); Q31–Q40 aged 12 with consent refused (C).
    private static (string Kind, int Age, string Consent) Of(int i) => i <= 20 ? ("A", 40, "") : i <= 30 ? ("D", 12, "true") : ("C", 12, "false");

    private static SynthHome ClinicHome()
    {
        var home = new SynthHome();
        var persons = Enumerable.Range(1, 40).ToList();
        home.Import(Clinic, "visits", "person_id,kind\n" + string.Join("\n", persons.Select(i => $"{Person(i)},{Of(i).Kind}")));
        home.Import(Clinic, "faces", "person_id,face,age,consent\n" + string.Join("\n",
            persons.Select(i => string.Create(CultureInfo.InvariantCulture, $"{Person(i)},faces/{Person(i)}.jpg,{Of(i).Age},{Of(i).Consent}"))));
        home.Engine.SetColumnClass(Clinic, "faces.face", ColumnClass.Facial);
        home.Engine.SetColumnClass(Clinic, "faces.age", ColumnClass.QuasiIdentifier, subjectAge: true);
        home.Engine.DeclareFacialConsent(Clinic, "faces.consent");
        home.Engine.SetDatasetBudget(Clinic, new PrivacyBudget(100_000, 0.000001m));
        home.Approve("p", Clinic, 100_000, 0.000001m, ReleaseKind.Synthetic);
        return home;
    }

    [Fact]
    public void Synthesize_ChildrenWithFacesWithoutConsent_TheirOnlyValueVanishes()
    {
        using var home = ClinicHome();

        var outcome = home.Engine.Synthesize(new SyntheticRequest
        {
            Project = "p", Epsilon = 2_000m, Rows = Rows, OutputPath = home.Out("kinds.csv"), Table = "visits", Columns = ["kind"],
            Domains = new Dictionary<string, DomainDeclaration> { ["kind"] = DomainDeclaration.OfValues(["A", "C", "D"]) }, OtherBucket = false,
        });

        var kinds = ExtractCsv.Read(outcome.OutputPath).Column("kind").ToList();
        Assert.InRange(kinds.Count(k => k == "C"), 0, Rows / 100);
        Assert.InRange(kinds.Count(k => k == "D"), Rows / 4, Rows * 4 / 10); // 10 of the 30 persons kept
    }
}
