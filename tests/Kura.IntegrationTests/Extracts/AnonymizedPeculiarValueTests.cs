using System.Globalization;
using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>
/// Peculiar values and linking codes in anonymised extracts (APPI-ANO-01(3)(4)): numbers need declared bounds and are
/// top- and bottom-coded at them, rare categories are grouped at no less than k, and nearly unique columns are deleted.
/// </summary>
public class AnonymizedPeculiarValueTests
{
    private static ExtractRequest Survey(ExtractHome home, string file, params string[] columns) => new()
    {
        Project = "a", Kind = ExtractKind.Anonymized, OutputPath = home.Out(file), K = 5, SuppressionLimit = 0.1,
        Columns = ["性別", "都道府県", .. columns], Hierarchies = [new HierarchyInput("性別", "*", null)],
    };

    private static ExtractHome Home()
    {
        var home = new ExtractHome().LoadSurvey();
        home.Approve("a", ExtractHome.Survey, ReleaseKind.AnonymizedExtract);
        return home;
    }

    [Fact]
    public void Extract_NumberWithoutDeclaredBounds_IsRefusedSayingHowToDeclareThem()
    {
        using var home = Home();

        var e = Assert.Throws<KuraException>(() => home.Engine.Extract(Survey(home, "income.csv", "年収_万円")));

        Assert.Equal("KURA-EXTRACT-BOUNDS-MISSING", e.Code);
        Assert.Contains("'members.年収_万円'", e.Message);
        Assert.Contains("kura dataset bounds survey members.年収_万円=LOW:HIGH", e.Message);
        Assert.Empty(home.OutputFiles());
        Assert.Empty(home.ExtractEntries());
    }

    [Fact]
    public void Extract_DeclaredBounds_TopAndBottomCodesEveryIncome()
    {
        using var home = Home();
        home.Engine.DeclareBounds(ExtractHome.Survey, "members", "年収_万円", new ValueBounds(400, 800));

        var outcome = home.Engine.Extract(Survey(home, "income.csv", "年収_万円"));

        var incomes = ExtractCsv.Read(outcome.OutputPath).Column("年収_万円").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.All(incomes, v => Assert.InRange(v, 400, 800));
        Assert.Contains(400, incomes);
        Assert.Contains(800, incomes);
        Assert.Equal(ColumnTreatment.Clamped, Assert.Single(outcome.Columns, c => c.Name == "年収_万円").Treatment);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Extract_RareThresholdBelowK_IsRefused(int threshold)
    {
        using var home = Home();

        var e = Assert.Throws<KuraException>(() => home.Engine.Extract(Survey(home, "rare.csv") with { RareValueThreshold = threshold }));

        Assert.Equal("KURA-EXTRACT-PARAMETER", e.Code);
        Assert.Contains("--rare-threshold", e.Message);
        Assert.Empty(home.OutputFiles());
    }

    [Fact]
    public void Extract_NoRareThreshold_GroupsAtTheLargerOfFiveAndK()
    {
        using var home = Home();

        var outcome = home.Engine.Extract(Survey(home, "rare-default.csv") with { K = 7 });

        Assert.Equal(7, ExtractHome.Manifest(outcome)["processing"]!["peculiar_values"]!["rare_value_threshold"]!.GetValue<int>());
    }

    [Fact]
    public void Extract_NearlyUniqueRecordNumber_IsDeletedAsALinkingCode()
    {
        using var home = Home();
        home.Engine.DeclareBounds(ExtractHome.Survey, "members", "整理番号", new ValueBounds(0, 10_000_000));
        home.Engine.DeclareBounds(ExtractHome.Survey, "members", "年収_万円", new ValueBounds(400, 800));

        var outcome = home.Engine.Extract(Survey(home, "linking.csv", "整理番号", "年収_万円"));

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.DoesNotContain("整理番号", csv.Header);
        Assert.Contains("年収_万円", csv.Header);
        Assert.Contains(outcome.Dropped, d => d.Column == "整理番号" && d.Reason == DropReason.NearlyUnique);
        Assert.DoesNotContain(outcome.Columns, c => c.Name == "整理番号");
        var deleted = ExtractHome.Manifest(outcome)["processing"]!["deleted"]!.AsArray();
        Assert.Contains(deleted, d => d!["column"]!.GetValue<string>() == "整理番号" && d["reason"]!.GetValue<string>() == "nearly-unique");
    }
}
