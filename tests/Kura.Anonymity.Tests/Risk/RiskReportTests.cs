using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Risk;

public class RiskReportTests
{
    // The population is the data twice over, so every released class has F = 2f.
    [Fact]
    public void Anonymize_PopulationTwiceTheData_HalvesJournalistAndMarketerRisk()
    {
        var table = AdultData.Table(stride: 5);
        var rows = Tables.Rows(table);
        var population = Tables.FromRows(table.ColumnNames.ToArray(), [.. rows, .. rows]);
        var spec = new AnonymizationSpec { QuasiIdentifiers = AdultData.QuasiIdentifiers("age", "sex", "race"), K = 3, SuppressionLimit = 0.05 };

        var populated = Anonymizer.Anonymize(table, spec with { Population = population });
        var withPopulation = populated.Risk;
        var withoutPopulation = Anonymizer.Anonymize(table, spec).Risk;
        IndependentChecker.Verify(table, spec, populated);

        Assert.True(withoutPopulation.PopulationIsSample);
        Assert.False(withPopulation.PopulationIsSample);
        Assert.Equal(withoutPopulation.ProsecutorHighest, withPopulation.ProsecutorHighest);
        Assert.Equal(withoutPopulation.ProsecutorHighest / 2, withPopulation.JournalistHighest, 12);
        Assert.Equal(withoutPopulation.ProsecutorAverage / 2, withPopulation.JournalistAverage, 12);
        Assert.Equal(withoutPopulation.ProsecutorAverage / 2, withPopulation.Marketer, 12);
        Assert.Equal(withoutPopulation.ProsecutorAverage, withoutPopulation.Marketer, 12);
    }
}
