using System.Globalization;
using Kura.Engine.Synthesis;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>
/// DuckDbVault.ReadPersonRows against values worked out by hand: one row per person, rank-1 category, whole-year age,
/// capped counts with ordinal code ranges (a code starting with the range's end counts), sums, and excluded persons absent.
/// </summary>
public class PersonRowsTests
{
    private const string Tiny = "tiny";
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly PersonFeatureSpec[] Features =
    [
        PersonFeatureSpec.Parse("sex=category:people.sex"),
        PersonFeatureSpec.Parse("age=age:people.birth:0:100:10"),
        PersonFeatureSpec.Parse("circulatory=count:claims.code=I00..I99:2"),
        PersonFeatureSpec.Parse("claims=count:claims:10"),
        PersonFeatureSpec.Parse("cost=sumband:claims.cost:0:1000:100"),
    ];

    private static SynthHome TinyHome()
    {
        var home = new SynthHome();
        home.Import(Tiny, "people", """
            person_id,sex,birth
            A1,M,1980-06-16
            A2,F,2010-06-15
            A3,F,1950-12-31
            """);
        home.Import(Tiny, "claims", """
            person_id,code,cost
            A1,I10,100
            A1,I63.9,200
            A1,I99.1,50
            A1,J10,300
            A2,E11,1000
            A4,I20,10
            """);
        return home;
    }

    private static Dictionary<string, string?[]> Read(SynthHome home, IReadOnlyList<PersonFeatureSpec> features)
    {
        var schema = home.Engine.ReleaseSourceFor(Tiny);
        // Persons are identified by their features here: each hand-made person has a distinct claims count and cost.
        return home.Vault.ReadPersonRows(new PersonTableSelection(schema, "person_id", features, Today))
            .ToDictionary(r => $"{r[^2]}/{r[^1]}");
    }

    [Fact]
    public void ReadPersonRows_HandMadeData_OneRowPerPersonWithHandComputedValues()
    {
        using var home = TinyHome();

        var rows = Read(home, Features);

        Assert.Equal(4, rows.Count);
        Assert.Equal("M|45|2|4|650", Text(rows["4/650"]));   // 1980-06-16 → 45 on 2026-06-15 (birthday tomorrow); I99.1 counts, capped at 2
        Assert.Equal("F|16|0|1|1000", Text(rows["1/1000"])); // birthday today
        Assert.Equal("F|75|0|0|0", Text(rows["0/0"]));             // no claims: count and sum 0
        Assert.Equal("null|null|1|1|10", Text(rows["1/10"]));    // only in claims: no category, no age
    }

    private static string Text(string?[] row) => string.Join("|", row.Select(v => v ?? "null"));

    [Fact]
    public void ReadPersonRows_AfterAnObjection_LeavesThatPersonOut()
    {
        using var home = TinyHome();
        home.Engine.AddObjection(Tiny, "A1", "asked to be left out");

        var rows = Read(home, Features);

        Assert.Equal(3, rows.Count);
        Assert.DoesNotContain("4/650", rows.Keys);
    }

    [Theory]
    // Ordinal: FROM ≤ code and (code ≤ TO or code starts with TO); "IA0" > "I99", "c10" > every upper-case code, "" is missing.
    [InlineData("I00", "I99", 5)] // I00, I10, I99, I99.9, I990
    [InlineData("C00", "D48", 4)] // C00, C50.9, D48, D48.1 (not D49)
    [InlineData("J", "J", 2)]     // J, J00
    public void ReadPersonRows_CodeRange_CountsTheCodesInRange(string from, string to, int expected)
    {
        string[] codes = ["H99", "I", "I00", "I10", "I99", "I99.9", "I990", "IA0", "J00", "J", "C00", "C50.9", "D48", "D48.1", "D49", "c10", ""];
        using var home = new SynthHome();
        home.Import(Tiny, "claims", "person_id,code\n" + string.Join("\n", codes.Select(c => $"P1,{c}")));
        var feature = PersonFeatureSpec.Parse(string.Create(CultureInfo.InvariantCulture, $"n=count:claims.code={from}..{to}:1000"));
        var schema = home.Engine.ReleaseSourceFor(Tiny);

        var row = Assert.Single(home.Vault.ReadPersonRows(new PersonTableSelection(schema, "person_id", [feature, PersonFeatureSpec.Parse("all=count:claims:1000")], Today)));

        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), row[0]);
        Assert.Equal(codes.Length.ToString(CultureInfo.InvariantCulture), row[1]);
    }
}
