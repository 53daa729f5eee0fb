using Kura.Privacy.Sampling;
using Kura.Sql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// No stored value can make a query fail: each query of <see cref="EdgeQueries"/> is prepared against the catalog,
/// run on the real vault holding <see cref="EdgeValues"/>, and released. A failure that depended on one row's
/// value would be observable (an error instead of an answer), so every query must come back as an answer.
/// </summary>
public sealed class ExpressionTotalityTests(EdgeValues edge) : IClassFixture<EdgeValues>
{
    public static TheoryData<string> Queries => new(EdgeQueries.All());

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_ExtremeStoredValues_RunsAndReleases(string sql)
    {
        var prepared = DpSql.Prepare(sql, edge.Dataset, null, new BoundingOptions { Epsilon = 1m, SourceSchema = EdgeValues.Name }, "duckdb");

        var rows = edge.DuckDb.Execute(prepared.BackendSql);
        var result = prepared.Release(rows, new CryptoRandomBits());

        Assert.NotNull(result.Rows);
    }

    [PostgresTheory]
    [MemberData(nameof(Queries))]
    public void Query_ExtremeStoredValuesOnPostgres_RunsAndReleases(string sql)
    {
        var (schema, backend) = edge.Postgres;
        var prepared = DpSql.Prepare(sql, edge.Dataset, null, new BoundingOptions { Epsilon = 1m, SourceSchema = schema }, "postgres");

        var result = prepared.Release(backend.Execute(prepared.BackendSql), new CryptoRandomBits());

        Assert.NotNull(result.Rows);
    }
}
