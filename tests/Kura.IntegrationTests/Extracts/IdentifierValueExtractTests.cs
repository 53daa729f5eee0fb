using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>Released values are checked for identifiers: a My Number column a steward classified ordinary never leaves.</summary>
public class IdentifierValueExtractTests
{
    [Fact]
    public void Extract_PseudonymizedMyNumbersClassifiedOrdinary_IsRefusedNamingTheColumnNotTheValues()
    {
        using var home = new ExtractHome().LoadSurvey();
        home.Approve("p", ExtractHome.Survey, ReleaseKind.PseudonymizedExtract);
        var numbers = MyNumbers();

        var e = Assert.Throws<KuraException>(() => home.Engine.Extract(new ExtractRequest
        {
            Project = "p", Kind = ExtractKind.Pseudonymized, OutputPath = home.Out("mn.csv"),
        }));

        AssertRefused(home, e);
        Assert.DoesNotContain(numbers, n => e.Message.Contains(n, StringComparison.Ordinal) || e.Message.Contains(n[..8], StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AnonymizedSharedMyNumbersClassifiedOrdinary_IsRefused()
    {
        // A guardian's number shared by ten members is not nearly unique, so only the value check stops it.
        using var home = new ExtractHome().LoadSurvey(sharedBy: 10);
        home.Approve("a", ExtractHome.Survey, ReleaseKind.AnonymizedExtract);
        home.Engine.DeclareBounds(ExtractHome.Survey, "members", "備考番号", new ValueBounds(0, 999_999_999_999m));

        var e = Assert.Throws<KuraException>(() => home.Engine.Extract(new ExtractRequest
        {
            Project = "a", Kind = ExtractKind.Anonymized, OutputPath = home.Out("mn.csv"), K = 5, SuppressionLimit = 0.1,
            Columns = ["性別", "都道府県", "備考番号"], Hierarchies = [new HierarchyInput("性別", "*", null)],
        }));

        AssertRefused(home, e);
    }

    [Fact]
    public void Extract_AfterReclassifyingAsDirectIdentifier_DeletesTheColumn()
    {
        using var home = new ExtractHome().LoadSurvey();
        home.Approve("p", ExtractHome.Survey, ReleaseKind.PseudonymizedExtract);
        home.Engine.SetColumnClass(ExtractHome.Survey, "members.備考番号", ColumnClass.DirectIdentifier);

        var outcome = home.Engine.Extract(new ExtractRequest { Project = "p", Kind = ExtractKind.Pseudonymized, OutputPath = home.Out("ok.csv") });

        Assert.DoesNotContain("備考番号", ExtractCsv.Read(outcome.OutputPath).Header);
        Assert.Contains(outcome.Dropped, d => d.Column == "備考番号");
    }

    [Theory]
    [InlineData(2, 300, false)]   // 0.7%: a stray look-alike, tolerated
    [InlineData(3, 300, true)]    // 3 matches refuse a column whatever its size
    [InlineData(1, 50, true)]     // 2% of the values
    public void Extract_FewValidMyNumbersAmongTwelveDigitCodes_RefusedFromThreeOrOnePercent(int valid, int persons, bool refused)
    {
        using var home = new ExtractHome().LoadSurvey(persons, validNumbers: valid);
        home.Approve("p", ExtractHome.Survey, ReleaseKind.PseudonymizedExtract);
        var request = new ExtractRequest { Project = "p", Kind = ExtractKind.Pseudonymized, OutputPath = home.Out("codes.csv") };

        if (refused) AssertRefused(home, Assert.Throws<KuraException>(() => home.Engine.Extract(request)));
        else Assert.Contains("備考番号", ExtractCsv.Read(home.Engine.Extract(request).OutputPath).Header);
    }

    private static void AssertRefused(ExtractHome home, KuraException e)
    {
        Assert.Equal("KURA-EXTRACT-IDENTIFIER-VALUES", e.Code);
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
        Assert.Contains("'members.備考番号'", e.Message);
        Assert.Contains("My Numbers", e.Message);
        Assert.Contains("kura classify survey --set members.備考番号=direct-identifier", e.Message);
        Assert.Empty(home.OutputFiles());
        Assert.Empty(home.ExtractEntries());
    }

    private static List<string> MyNumbers() =>
        [.. Enumerable.Range(0, 300).Select(i => MyNumber.FromBase(31_415_926_535L + 7_919L * i).ToDigits())];
}
