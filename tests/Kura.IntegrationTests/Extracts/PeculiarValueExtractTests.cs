using System.Globalization;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>Peculiar values: numbers top- and bottom-coded at declared bounds, never at bounds read off the data.</summary>
public class PeculiarValueExtractTests
{
    [Fact]
    public void Extract_DeclaredBounds_ClampEveryCostIntoThem()
    {
        using var home = new ExtractHome().LoadDemo(200);
        home.Approve("p", ExtractHome.Demo, ReleaseKind.PseudonymizedExtract);
        home.Engine.DeclareBounds(ExtractHome.Demo, DemoSchema.ClaimsTable, "費用_円", new ValueBounds(1000, 20_000.5m));

        var outcome = home.Engine.Extract(new ExtractRequest
        {
            Project = "p", Kind = ExtractKind.Pseudonymized, OutputPath = home.Out("claims.csv"), Tables = [DemoSchema.ClaimsTable],
        });

        var costs = ExtractCsv.Read(outcome.OutputPath).Column("費用_円").Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.All(costs, c => Assert.InRange(c, 1000, 20_000));
        Assert.Contains(20_000, costs);
        Assert.Equal(ColumnTreatment.Clamped, Assert.Single(outcome.Columns, c => c.Name == "費用_円").Treatment);
        var source = ExtractCsv.Read(home.DemoFiles!.File(DemoSchema.ClaimsTable).Path).Column("費用_円").Select(v => long.Parse(v, CultureInfo.InvariantCulture));
        Assert.True(outcome.Statistics.ChangedValues["費用_円"] > 0);
        Assert.True(outcome.Statistics.ChangedValues["費用_円"] <= source.Count(c => c is < 1000 or > 20_000));
    }
}
