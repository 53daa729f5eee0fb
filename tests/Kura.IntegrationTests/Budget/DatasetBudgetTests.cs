using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Sql;

namespace Kura.IntegrationTests.Budget;

/// <summary>
/// A dataset's budget caps what all projects together spend on its persons: opening a second project
/// does not buy a fresh ε over the same people.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class DatasetBudgetTests : IDisposable
{
    private const string Dataset = "survey";
    private readonly HomeFixture _home = new();

    public DatasetBudgetTests()
    {
        var csv = new StringBuilder("person_id,region\n");
        for (var p = 0; p < 200; p++) csv.Append(CultureInfo.InvariantCulture, $"S{p},{(p % 2 == 0 ? "north" : "south")}\n");
        Directory.CreateDirectory(_home.DataDirectory);
        var file = Path.Combine(_home.DataDirectory, "survey.csv");
        File.WriteAllText(file, csv.ToString());
        using var engine = _home.Open();
        engine.Import(new ImportRequest(file, Dataset, "answers", PrivacyUnit.Key("person_id")));
        engine.Classify(Dataset, accept: true);
        engine.DeclareDomain(Dataset, "answers", "region", ["north", "south"]);
        foreach (var name in new[] { "first", "second" })
        {
            engine.RequestProject(new ProjectRequest(name, "Lab", Purpose.Statistics, [Dataset], new PrivacyBudget(1m, 0m), [ReleaseKind.DpQuery], Justification: "t"));
            engine.ApproveProject(name, "sato");
        }
    }

    public void Dispose() => _home.Dispose();

    private static QueryRequest Count(string project) => new(project, "SELECT region, COUNT(*) FROM answers GROUP BY region",
        new BoundingOptions { Mode = PrivacyMode.PureEpsilon, Epsilon = 0.6m });

    [Fact]
    public void Query_SecondProjectBeyondTheDatasetBudget_IsRefusedAndSpendsNothing()
    {
        using var engine = _home.Open();
        engine.SetDatasetBudget(Dataset, new PrivacyBudget(1m, 0m));
        engine.Query(Count("first"));

        var e = Assert.Throws<KuraException>(() => engine.Query(Count("second")));

        Assert.Equal("KURA-DATASET-BUDGET-EXHAUSTED", e.Code);
        Assert.Equal(PrivacyCost.Zero, engine.BudgetOf("second").Spent);
        Assert.Equal("3/5", engine.DatasetSpend(Dataset).Spent.PureEpsilon.ToString());
        Assert.Single(engine.Ledger.ReadAll(), x => x.Type == LedgerEntryTypes.QueryReleased);
        Assert.Single(engine.Ledger.ReadAll(), x => x.Type == LedgerEntryTypes.BudgetReserved);
    }

    [Fact]
    public void Query_WithinBothBudgets_ChargesProjectAndDataset()
    {
        using var engine = _home.Open();
        engine.Query(Count("first"));
        engine.Query(Count("second"));

        Assert.Equal("6/5", engine.DatasetSpend(Dataset).Spent.PureEpsilon.ToString());
        Assert.Equal(KuraEngine.DefaultDatasetBudget, engine.DatasetBudgetOf(Dataset));
    }

    [Fact]
    public void BudgetCommand_Json_ReportsProjectAndDatasetSpend()
    {
        using (var engine = _home.Open()) engine.Query(Count("first"));

        var (code, output, error) = CliRunner.Run("budget", "first", "--home", _home.Home.Root, "--json");

        Assert.True(code == 0, error);
        var json = System.Text.Json.Nodes.JsonNode.Parse(output)!;
        Assert.Equal("3/5", json["spent"]!["pureEpsilon"]!.GetValue<string>());
        Assert.Equal("0.600000", json["epsilonSpent"]!.GetValue<string>());
        Assert.Equal("0.400000", json["epsilonRemaining"]!.GetValue<string>());
        Assert.Equal("0.600000", json["datasets"]![0]!["epsilonSpent"]!.GetValue<string>());
    }
}
