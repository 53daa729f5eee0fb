using Kura.Anonymity.Risk;
using Kura.Anonymity.Search;

namespace Kura.Anonymity.Tests.Risk;

public class RiskAnalysisTests
{
    private static NodePartition Partition(int[] sizes, bool[] released, long[]? population) =>
        new([0], sizes, released, [], [], population);

    [Fact]
    public void Of_NoPopulation_JournalistEqualsProsecutorAndSaysSo()
    {
        // Released classes of 2, 3 and 5 records; a suppressed class of 1 is ignored.
        var report = RiskAnalysis.Of(Partition([2, 3, 5, 1], [true, true, true, false], null));

        Assert.Equal(0.5, report.ProsecutorHighest);
        Assert.Equal(3.0 / 10, report.ProsecutorAverage, 12);
        Assert.Equal(report.ProsecutorHighest, report.JournalistHighest);
        Assert.Equal(report.ProsecutorAverage, report.JournalistAverage, 12);
        Assert.Equal(3.0 / 10, report.Marketer, 12);
        Assert.True(report.PopulationIsSample);
        Assert.Equal(2, report.RecordsAtHighestRisk);
    }

    [Fact]
    public void Of_Population_UsesPopulationClassSizes()
    {
        // f = (2, 3, 5), F = (10, 3, 20); a population smaller than the sample (F = 1 < 2) would be raised to f.
        var report = RiskAnalysis.Of(Partition([2, 3, 5], [true, true, true], [10, 3, 20]));

        Assert.Equal(0.5, report.ProsecutorHighest);
        Assert.Equal(1.0 / 3, report.JournalistHighest, 12);
        Assert.Equal(3.0 / 33, report.JournalistAverage, 12);
        Assert.Equal((2.0 / 10 + 3.0 / 3 + 5.0 / 20) / 10, report.Marketer, 12);
        Assert.False(report.PopulationIsSample);
    }

    [Fact]
    public void Of_PopulationSmallerThanSample_RaisedToSample()
    {
        var report = RiskAnalysis.Of(Partition([2], [true], [1]));

        Assert.Equal(0.5, report.JournalistHighest);
    }

    [Fact]
    public void Of_EverythingSuppressed_ZeroRisk()
    {
        var report = RiskAnalysis.Of(Partition([1, 1], [false, false], null));

        Assert.Equal(0, report.ProsecutorHighest);
        Assert.Equal(0, report.Marketer);
    }
}
