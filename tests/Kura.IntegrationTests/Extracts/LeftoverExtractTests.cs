using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>A temporary file left by a killed extract is deleted by the next extract of the home.</summary>
public class LeftoverExtractTests
{
    [Fact]
    public void Extract_AfterAKilledExtract_DeletesItsTemporaryFile()
    {
        using var home = new ExtractHome().LoadSurvey();
        home.Approve("p", ExtractHome.Survey, ReleaseKind.PseudonymizedExtract);
        home.Engine.SetColumnClass(ExtractHome.Survey, "members.備考番号", ColumnClass.DirectIdentifier);
        // What kill -9 during an extract leaves: the record written before the temporary file, and the file.
        var leftover = home.Out(".killed.csv.00112233aabb.tmp");
        File.WriteAllText(leftover, "pseudonym,年齢\r\n");
        File.WriteAllText(Path.Combine(home.Home.Root, "pending-outputs"), $"{int.MaxValue}\t{leftover}\n");

        var outcome = home.Engine.Extract(new ExtractRequest { Project = "p", Kind = ExtractKind.Pseudonymized, OutputPath = home.Out("next.csv") });

        Assert.False(File.Exists(leftover));
        Assert.False(File.Exists(Path.Combine(home.Home.Root, "pending-outputs")));
        Assert.Equal(["next.csv", "next.csv.manifest.json"], home.OutputFiles().Order(StringComparer.Ordinal));
        Assert.True(File.Exists(outcome.OutputPath));
    }
}
