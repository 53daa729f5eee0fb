using System.Globalization;
using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>The policy's risk ceilings steer the search: a stricter average ceiling yields a coarser extract, not a refusal.</summary>
public class RiskCeilingExtractTests
{
    private static ExtractRequest Request(ExtractHome home, string file) => new()
    {
        Project = "a", Kind = ExtractKind.Anonymized, OutputPath = home.Out(file), K = 5, SuppressionLimit = 0.1,
        Columns = ["年齢", "性別", "都道府県"], Hierarchies = [new HierarchyInput("性別", "*", null)],
    };

    [Fact]
    public void Extract_AverageCeilingBelowTheBestKAnonymousNode_ReleasesACoarserNodeWithinIt()
    {
        using var home = new ExtractHome().LoadSurvey();
        home.Approve("a", ExtractHome.Survey, ReleaseKind.AnonymizedExtract);
        var loose = home.Engine.Extract(Request(home, "loose.csv")).Statistics;
        var oneIn = (int)Math.Ceiling(2 / loose.Risk.ProsecutorAverage);
        home.Engine.SetPolicyParameter("extract.averageRiskOneIn", oneIn.ToString(CultureInfo.InvariantCulture), "test: a ceiling below the loose extract's risk");

        var strict = home.Engine.Extract(Request(home, "strict.csv"));

        var csv = ExtractCsv.Read(strict.OutputPath);
        string[] quasi = ["年齢", "性別", "都道府県"];
        var average = (double)KAnonymityChecker.ClassCount(csv, quasi) / csv.Rows.Count;
        Assert.True(average <= 1.0 / oneIn, $"average risk {average} above 1 in {oneIn}");
        Assert.True(KAnonymityChecker.SmallestClass(csv, quasi) >= 5);
        Assert.True(strict.Statistics.Quality!.Loss > loose.Quality!.Loss, "a stricter ceiling costs information");
        Assert.Equal(2, home.ExtractEntries().Count);
    }
}
