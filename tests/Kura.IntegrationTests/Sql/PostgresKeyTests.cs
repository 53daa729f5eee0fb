using Kura.Core;
using Kura.Privacy.Sampling;
using Kura.Sql;
using Kura.Storage.Postgres;
using Npgsql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// Group keys PostgreSQL stores but .NET cannot hold (infinite dates, dates past 9999, numeric(38) beyond
/// decimal, infinite doubles) come back as text and match the keys declared in a public domain, on a real server.
/// </summary>
public sealed class PostgresKeyTests
{
    public static TheoryData<string, ColumnType, string[]> Keys => new()
    {
        { "date", ColumnType.Date, ["infinity", "-infinity", "12000-01-01", "0044-03-15 BC", "2024-02-29"] },
        { "numeric(38,0)", ColumnType.Decimal, ["99999999999999999999999999999999999999", "-99999999999999999999999999999999999999", "0"] },
        { "double precision", ColumnType.Decimal, ["Infinity", "-Infinity", "NaN", "0.30000000000000004", "0.3", "1e300"] },
    };

    [PostgresTheory]
    [MemberData(nameof(Keys))]
    public void Release_KeysBeyondDotNetRange_ReadAsTextAndMatchTheDomain(string sqlType, ColumnType type, string[] values)
    {
        var schema = "keys_" + Guid.NewGuid().ToString("N")[..10];
        using var source = TestPostgres.Open();
        try
        {
            Execute(source, $"CREATE SCHEMA \"{schema}\"; CREATE TABLE \"{schema}\".wide (pid text, k {sqlType}, __kura_rank integer)");
            for (var v = 0; v < values.Length; v++)
                Execute(source, $"INSERT INTO \"{schema}\".wide SELECT 'p{v}_' || i, CAST('{values[v]}' AS {sqlType}), 1 FROM generate_series(1, 40) i");
            var q = DpSql.Prepare("SELECT k, COUNT(*) FROM wide GROUP BY k", Wide(schema, type, values), null, new BoundingOptions { Epsilon = 10 }, "postgres");

            var result = q.Release(new PostgresQueryBackend(source).Execute(q.BackendSql), new CryptoRandomBits());

            // Each declared key met its 40 rows: the server's text and the declared text denote the same key.
            Assert.Equal(values.Length, result.Rows.Count);
            Assert.All(result.Rows, r => Assert.InRange(r.Cells[1].Estimate!.Value, 30m, 50m));
        }
        finally { Execute(source, $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"); }
    }

    private static Dataset Wide(string schema, ColumnType type, IReadOnlyList<string> domain) => new(schema, PrivacyUnit.Key("pid"),
    [
        new VaultTable("wide",
        [
            new Column("pid", ColumnType.Text, ColumnClass.PersonKey),
            new Column("k", type, PublicDomain: domain),
        ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
    ], DateTimeOffset.UnixEpoch);

    private static void Execute(NpgsqlDataSource source, string sql)
    {
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
