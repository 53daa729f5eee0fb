using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
using Kura.Ledger;
using Kura.Privacy.Arithmetic;
using Kura.Sql;
using Kura.Storage;
using Kura.Storage.Catalog;
using Kura.Storage.Ledger;
using Kura.Storage.Vault;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// Many DP queries race for one project's budget through <see cref="KuraEngine.Query"/>: the spends that
/// succeed never add up to more than the budget, every refusal is KURA-BUDGET-EXHAUSTED, and a refused query
/// leaves no reservation and no release in the ledger.
/// </summary>
public sealed class QueryBudgetRaceTests : IDisposable
{
    private const string Project = "race";
    private const string Dataset = "survey";
    private readonly HomeFixture _home = new();

    public QueryBudgetRaceTests()
    {
        var csv = new StringBuilder("person_id,region,score\n");
        for (var p = 0; p < 300; p++)
            for (var r = 0; r <= p % 3; r++)
                csv.Append(CultureInfo.InvariantCulture, $"S{p},{(p % 2 == 0 ? "north" : "south")},{(p * 7 + r) % 101}\n");
        Directory.CreateDirectory(_home.DataDirectory);
        var file = Path.Combine(_home.DataDirectory, "survey.csv");
        File.WriteAllText(file, csv.ToString());
        using var engine = _home.Open();
        engine.Import(new ImportRequest(file, Dataset, "answers", PrivacyUnit.Key("person_id")));
        engine.Classify(Dataset, accept: true); // releases need steward-confirmed classes
        engine.DeclareDomain(Dataset, "answers", "region", ["north", "south"]);
        engine.DeclareBounds(Dataset, "answers", "score", new ValueBounds(0, 100));
        engine.RequestProject(new ProjectRequest(Project, "Lab", Purpose.Statistics, [Dataset], new PrivacyBudget(1m, 0m), [ReleaseKind.DpQuery], Justification: "budget race"));
        Assert.Equal(ProjectStatus.Approved, engine.ApproveProject(Project, "sato").Status);
    }

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Query_ManyThreadsOneEngine_SpendExactlyTheBudgetAndNoMore()
    {
        using var engine = _home.Open();
        var costs = Enumerable.Repeat(0.1m, 32).ToList();

        var (spent, released) = Race(costs, _ => engine);

        Assert.Equal(10, released);
        Assert.Equal(Rational.One, spent);
        AssertLedgerMatchesCatalog(engine, released);
    }

    [Fact]
    public void Query_ThreadsOnTwoEnginesWithTheirOwnCatalogs_NeverOverspend()
    {
        // Two engines with separate catalog connections, as two processes have. They share the vault and the
        // ledger writer: the file ledger admits one writer per home.
        var vault = new DuckDbVault(_home.Home.VaultPath);
        var ledger = FileLedgerStore.Open(_home.Home.LedgerDirectory, _home.Home.KeysDirectory, TimeProvider.System);
        KuraEngine Engine(string actor) => new(vault, new SqliteCatalog(_home.Home.CatalogPath), ledger, TimeProvider.System, actor)
        {
            PolicyFiles = HomePolicyFile.For(_home.Home),
        };
        using var first = Engine("process-a");
        using var second = Engine("process-b");
        decimal[] mix = [0.1m, 0.25m, 0.3m, 0.05m];
        var costs = Enumerable.Range(0, 48).Select(i => mix[i % mix.Length]).ToList();

        var (spent, released) = Race(costs, i => i % 2 == 0 ? first : second);

        Assert.True(spent <= Rational.One, $"spent {spent} of a budget of 1");
        Assert.True(released >= 4, $"only {released} queries were released");
        AssertLedgerMatchesCatalog(first, released);
    }

    /// <summary>Runs one query per cost in parallel; returns the ε the successful ones spent, read back from the catalog, and how many succeeded.</summary>
    private static (Rational Spent, int Released) Race(IReadOnlyList<decimal> costs, Func<int, KuraEngine> engineFor)
    {
        var outcomes = new ConcurrentBag<QueryOutcome>();
        var refusals = new ConcurrentBag<Exception>();
        Parallel.For(0, costs.Count, new ParallelOptions { MaxDegreeOfParallelism = 12 }, i =>
        {
            var options = new BoundingOptions { Mode = PrivacyMode.PureEpsilon, Epsilon = costs[i] };
            try { outcomes.Add(engineFor(i).Query(new QueryRequest(Project, "SELECT region, COUNT(*), AVG(score) FROM answers GROUP BY region", options))); }
            catch (Exception e) { refusals.Add(e); }
        });
        Assert.Equal(costs.Count, outcomes.Count + refusals.Count);
        Assert.All(refusals, e => Assert.Equal("KURA-BUDGET-EXHAUSTED", Assert.IsType<KuraException>(e).Code));
        var catalog = engineFor(0).BudgetOf(Project).Spent;
        Assert.True(catalog.Rho.IsZero && catalog.Delta.IsZero);
        Assert.Equal(outcomes.Aggregate(Rational.Zero, (sum, o) => sum + o.Result.Spent.PureEpsilon), catalog.PureEpsilon);
        return (catalog.PureEpsilon, outcomes.Count);
    }

    /// <summary>Every reservation has its release, nothing else was reserved or released, and the ledger's spend equals the catalog's.</summary>
    private static void AssertLedgerMatchesCatalog(KuraEngine engine, int released)
    {
        var entries = engine.Ledger.ReadAll().Where(e => e.Payload["project"]?.GetValue<string>() == Project).ToList();
        var reserved = entries.Where(e => e.Type == LedgerEntryTypes.BudgetReserved).ToList();
        var releases = entries.Where(e => e.Type == LedgerEntryTypes.QueryReleased).ToList();
        Assert.Equal(released, reserved.Count);
        Assert.Equal(released, releases.Count);
        Assert.Equal(
            reserved.Select(e => e.Payload["release_id"]!.GetValue<string>()).Order(),
            releases.Select(e => e.Payload["release_id"]!.GetValue<string>()).Order());
        var ledgerSpent = reserved.Aggregate(Rational.Zero, (sum, e) => sum + Rational.Parse(e.Payload["cost"]!["pure_epsilon"]!.GetValue<string>()));
        Assert.Equal(engine.BudgetOf(Project).Spent.PureEpsilon, ledgerSpent);
        Assert.True(engine.Ledger.Verify().IsValid);
    }
}
