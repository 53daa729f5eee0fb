using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Engine.Queries;
using Kura.IntegrationTests.Policy;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Sql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// <see cref="Kura.Engine.KuraEngine.Query"/>: the spend is calibrated at the project's δ with the partition δ
/// taken out, the rows-per-person ceiling comes from the policy, and a backend failure releases nothing and
/// says nothing about the data.
/// </summary>
public sealed class KuraEngineQueryTests : IDisposable
{
    private const string Dataset = "survey";
    private const string SelectedKeys = "SELECT city, COUNT(*) FROM answers GROUP BY city";
    private readonly PolicyHome _home = new();

    public KuraEngineQueryTests()
    {
        var csv = new StringBuilder("person_id,region,city,score\n");
        for (var p = 0; p < 300; p++)
            for (var r = 0; r <= p % 3; r++)
                csv.Append(CultureInfo.InvariantCulture, $"S{p},{(p % 2 == 0 ? "north" : "south")},city{p % 4},{(p * 7 + r) % 101}\n");
        _home.Write("survey.csv", csv.ToString());
        _home.Engine.Import(new ImportRequest(_home.File("survey.csv"), Dataset, "answers", PrivacyUnit.Key("person_id")));
        _home.Engine.DeclareDomain(Dataset, "answers", "region", ["north", "south"]);
        _home.Engine.DeclareBounds(Dataset, "answers", "score", new ValueBounds(0, 100));
        _home.Engine.Classify(Dataset, accept: true);
    }

    public void Dispose() => _home.Dispose();

    private string Project(decimal delta, string name = "lab")
    {
        _home.Engine.RequestProject(new ProjectRequest(name, "Lab", Purpose.Statistics, [Dataset], new PrivacyBudget(10m, delta),
            [ReleaseKind.DpQuery], Justification: "query tests"));
        Assert.Equal(ProjectStatus.Approved, _home.Engine.ApproveProject(name, "sato").Status);
        return name;
    }

    private QueryOutcome Query(string project, string sql, BoundingOptions options) =>
        _home.Engine.Query(new QueryRequest(project, sql, options));

    private static Rational EpsilonAt(QueryOutcome outcome, decimal delta) =>
        BudgetAccountant.EpsilonSpent(outcome.Result.Spent, PrivacyBudgetLimit.FromDecimal(10m, delta))!.Value;

    [Fact]
    public void Query_SelectedKeysInZcdp_AloneIsEpsilonDpAtTheProjectDelta()
    {
        var project = Project(0.000001m);

        var outcome = Query(project, SelectedKeys, new BoundingOptions { Epsilon = 1m });

        Assert.Equal(Rational.FromDecimal(0.0000001m), outcome.Result.Spent.Delta);
        var epsilon = EpsilonAt(outcome, 0.000001m);
        Assert.True(epsilon <= Rational.One, $"the query alone is ({epsilon.ToDecimalString(8)}, δ)-DP, not (1, δ)-DP");
        Assert.True(epsilon > new Rational(999, 1000), $"ρ was calibrated far below the request: ε = {epsilon.ToDecimalString(8)}");
    }

    [Fact]
    public void Query_PublicKeysInZcdp_SpendTheLargestRhoAtTheProjectDelta()
    {
        var project = Project(0.000001m);

        var outcome = Query(project, "SELECT region, COUNT(*) FROM answers GROUP BY region", new BoundingOptions { Epsilon = 1m });

        Assert.True(outcome.Result.Spent.Delta.IsZero);
        Assert.Equal(ZcdpConversion.MaxRhoWithin(Rational.One, Rational.FromDecimal(0.000001m)), outcome.Result.Spent.Rho);
    }

    [Theory]
    [InlineData(PrivacyMode.Zcdp)]
    [InlineData(PrivacyMode.PureEpsilon)]
    public void Query_ProjectDeltaOf1e7_SelectedKeysSpendATenthOfIt(PrivacyMode mode)
    {
        var project = Project(0.0000001m);

        var outcome = Query(project, SelectedKeys, new BoundingOptions { Epsilon = 1m, Mode = mode });

        Assert.Equal(Rational.FromDecimal(0.00000001m), outcome.Result.Spent.Delta);
        Assert.True(EpsilonAt(outcome, 0.0000001m) <= Rational.One);
    }

    [Fact]
    public void Query_PartitionDeltaNotBelowProjectDelta_RefusedBeforeAnySpend()
    {
        var project = Project(0.000001m);

        var e = Assert.Throws<KuraException>(() => Query(project, SelectedKeys, new BoundingOptions { Epsilon = 1m, PartitionDelta = 0.000001m }));

        Assert.Equal("KURA-QUERY-PARTITION-DELTA", e.Code);
        Assert.Equal(KuraErrorKind.RefusedByPrivacy, e.Kind);
        Assert.True(_home.Engine.BudgetOf(project).Spent.Rho.IsZero);
    }

    [Fact]
    public void Query_BackendFails_FixedMessageSpendKeptNothingReleased()
    {
        var project = Project(0.000001m);
        var schema = _home.Engine.ReleaseSourceFor(Dataset);
        // A broken release view: the backend's conversion error would quote the stored text "north-secret".
        _home.Vault.Backend.Execute($"CREATE OR REPLACE VIEW \"{schema}\".answers AS SELECT person_id, region, city, " +
            $"CAST(region || '-secret' AS INTEGER) AS score, __kura_rank FROM \"{Dataset}\".answers");

        var e = Assert.Throws<KuraException>(() => Query(project, "SELECT region, SUM(score) FROM answers GROUP BY region", new BoundingOptions { Epsilon = 1m }));

        Assert.Equal("KURA-BACKEND-FAILED", e.Code);
        Assert.Equal(KuraErrorKind.Internal, e.Kind);
        Assert.DoesNotContain("secret", e.ToString(), StringComparison.Ordinal);
        Assert.Null(e.InnerException);
        Assert.False(_home.Engine.BudgetOf(project).Spent.Rho.IsZero); // the reservation stays
        Assert.DoesNotContain(_home.Engine.Ledger.ReadAll(), x => x.Type == LedgerEntryTypes.QueryReleased);
    }

    [Fact]
    public void Query_CallerRaisesTheRowsCeiling_PolicyCeilingStillApplies()
    {
        var project = Project(0.000001m);
        var options = new BoundingOptions { Epsilon = 1m, MaxRowsPerPerson = 5000, RowsPerPersonCeiling = 100_000 };

        var e = Assert.Throws<KuraException>(() => Query(project, "SELECT region, COUNT(*) FROM answers GROUP BY region", options));

        Assert.Equal("KURA-SQL-OPTIONS", e.Code);
        Assert.Contains("1000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_PolicyLowersTheRowsCeiling_LargerCapsRefusedSmallerKept()
    {
        var project = Project(0.000001m);
        _home.Engine.SetPolicyParameter("query.maxRowsPerPerson", "2");
        const string sql = "SELECT region, COUNT(*) FROM answers GROUP BY region";

        var e = Assert.Throws<KuraException>(() => Query(project, sql, new BoundingOptions { Epsilon = 1m, MaxRowsPerPerson = 3 }));
        var outcome = Query(project, sql, new BoundingOptions { Epsilon = 1m, MaxRowsPerPerson = 2 });

        Assert.Equal("KURA-SQL-OPTIONS", e.Code);
        Assert.Contains("rows per person <= 2", outcome.Result.Mechanism, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zA")]
    [InlineData("zB")]
    public void Query_GroupKeyDateBeyondYear9999_AnswersWhoeverIsSelected(string zip)
    {
        // Person Q2 alone holds a date .NET cannot represent; which zip the WHERE selects must not decide answer or error.
        _home.Write("dates.csv", "person_id,zip,d\nQ1,zA,2024-01-11\nQ2,zA,12000-01-01\nQ3,zB,2024-06-12\n");
        _home.Engine.Import(new ImportRequest(_home.File("dates.csv"), Dataset, "dates", PrivacyUnit.Key("person_id"),
            TypeOverrides: new Dictionary<string, ColumnType> { ["d"] = ColumnType.Date }));
        _home.Engine.Classify(Dataset, accept: true);
        var project = Project(0.000001m);

        var outcome = Query(project, $"SELECT d, COUNT(*) FROM dates WHERE zip = '{zip}' GROUP BY d", new BoundingOptions { Epsilon = 1m });

        Assert.NotNull(outcome.Result.Rows);
    }
}
