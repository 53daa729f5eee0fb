using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Ports;
using Kura.IntegrationTests.Policy;
using Kura.Storage.Postgres;
using Npgsql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// Dataset <see cref="Name"/> of extreme stored values, imported through the engine into a real vault: table
/// <c>csv</c> (BIGINT, DECIMAL(18, 6), DATE, text, boolean from CSV) and table <c>pq</c> (DECIMAL(38, 0),
/// DECIMAL(38, 38), DOUBLE, FLOAT, DATE, BIGINT, and a HUGEINT, which DuckDB writes to Parquet as DOUBLE).
/// Persons E1–E6 are in both tables; E7 is only in <c>csv</c>, so a LEFT JOIN gives it NULLs. Every numeric
/// column has declared bounds.
/// <see cref="Postgres"/> holds the same tables, with PostgreSQL's extremes, on the real server (made on first use).
/// </summary>
public sealed class EdgeValues : IDisposable
{
    public const string Name = "edge";

    private readonly PolicyHome _home = new();
    private readonly Lazy<(string Schema, NpgsqlDataSource Source)> _postgres = new(LoadPostgres);

    public EdgeValues()
    {
        _home.Write("edge.csv", """
            pid,i,d,dt,s,b
            E1,999999999999999999,999999999999.999999,9999-12-31,"",true
            E2,-999999999999999999,-999999999999.999999,0001-01-01,%_\ünï€ode,false
            E3,0,0.000001,12000-01-01,x,true
            E4,1,-0.000001,2024-02-29," ",
            E5,,,,,
            E6,123456789012,0.5,1970-01-01,abc,false
            E7,-1,1,2000-01-01,only csv,true
            """);
        _home.Engine.Import(new ImportRequest(_home.File("edge.csv"), Name, "csv", PrivacyUnit.Key("pid"), TypeOverrides: new Dictionary<string, ColumnType>
        {
            ["i"] = ColumnType.Integer, ["d"] = ColumnType.Decimal, ["dt"] = ColumnType.Date, ["s"] = ColumnType.Text, ["b"] = ColumnType.Boolean,
        }));
        WriteParquet(_home.File("edge.parquet"));
        _home.Engine.Import(new ImportRequest(_home.File("edge.parquet"), Name, "pq", PrivacyUnit.Key("pid")));
        foreach (var (table, column, bounds) in Bounds) _home.Engine.DeclareBounds(Name, table, column, bounds);
        Dataset = _home.Engine.ShowDataset(Name);
    }

    private static readonly (string Table, string Column, ValueBounds Bounds)[] Bounds =
    [
        ("csv", "i", new ValueBounds(-1000, 1000)), ("csv", "d", new ValueBounds(-1000, 1000)),
        ("pq", "w", new ValueBounds(-1000, 1000)), ("pq", "z", new ValueBounds(-1, 1)),
        ("pq", "f", new ValueBounds(-1000, 1000)), ("pq", "r", new ValueBounds(-1000, 1000)), ("pq", "l", new ValueBounds(-1000, 1000)),
    ];

    public Dataset Dataset { get; }

    /// <summary>The vault's own query backend, as the engine uses it.</summary>
    public IQueryBackend DuckDb => _home.Vault.Backend;

    /// <summary>Writes the Parquet file with DuckDB, which stores what Kura's import must then cope with.</summary>
    private void WriteParquet(string path)
    {
        const string wide = "99999999999999999999999999999999999999";
        const string tiny = "0.99999999999999999999999999999999999999";
        _home.Vault.Backend.Execute($"""
            COPY (SELECT * FROM (VALUES
              ('E1', CAST('{wide}' AS DECIMAL(38,0)), CAST('{tiny}' AS DECIMAL(38,38)), CAST('1.7976931348623157e308' AS DOUBLE), CAST('3.4e38' AS FLOAT), CAST('infinity' AS DATE), CAST('170141183460469231731687303715884105727' AS HUGEINT), CAST(9223372036854775807 AS BIGINT)),
              ('E2', CAST('-{wide}' AS DECIMAL(38,0)), CAST('-{tiny}' AS DECIMAL(38,38)), CAST('-1.7976931348623157e308' AS DOUBLE), CAST('-3.4e38' AS FLOAT), CAST('-infinity' AS DATE), CAST('-170141183460469231731687303715884105728' AS HUGEINT), CAST(-9223372036854775808 AS BIGINT)),
              ('E3', CAST(0 AS DECIMAL(38,0)), CAST('0.00000000000000000000000000000000000001' AS DECIMAL(38,38)), CAST('5e-324' AS DOUBLE), CAST('1e-45' AS FLOAT), CAST('5877641-06-25' AS DATE), CAST(0 AS HUGEINT), CAST(0 AS BIGINT)),
              ('E4', CAST(1 AS DECIMAL(38,0)), CAST(0.5 AS DECIMAL(38,38)), CAST('inf' AS DOUBLE), CAST('-inf' AS FLOAT), CAST('5877642-06-25 (BC)' AS DATE), CAST(1 AS HUGEINT), CAST(-1 AS BIGINT)),
              ('E5', NULL, NULL, CAST('nan' AS DOUBLE), CAST('nan' AS FLOAT), NULL, NULL, NULL),
              ('E6', CAST('12345678901234567890123456789' AS DECIMAL(38,0)), CAST(0 AS DECIMAL(38,38)), CAST('-0.0' AS DOUBLE), CAST('-inf' AS DOUBLE), CAST('12000-01-01' AS DATE), NULL, CAST(123456789012 AS BIGINT))
            ) AS v(pid, w, z, f, r, dt2, h, l)) TO '{path.Replace("'", "''")}' (FORMAT PARQUET)
            """);
    }

    /// <summary>The schema holding the PostgreSQL copy, and a backend on the server.</summary>
    public (string Schema, PostgresQueryBackend Backend) Postgres => (_postgres.Value.Schema, new PostgresQueryBackend(_postgres.Value.Source));

    private static (string, NpgsqlDataSource) LoadPostgres()
    {
        var schema = "edge_" + Guid.NewGuid().ToString("N")[..10];
        var source = TestPostgres.Open();
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand($"""
            CREATE SCHEMA "{schema}";
            CREATE TABLE "{schema}".csv AS SELECT * FROM (VALUES
              ('E1', 999999999999999999, 999999999999.999999::numeric(18,6), DATE '9999-12-31', '', true, 1),
              ('E2', -999999999999999999, -999999999999.999999::numeric(18,6), DATE '0001-01-01', '%_\ünï€ode', false, 1),
              ('E3', 0, 0.000001::numeric(18,6), DATE '12000-01-01', 'x', true, 1),
              ('E4', 1, -0.000001::numeric(18,6), DATE '2024-02-29', ' ', NULL, 1),
              ('E5', NULL, NULL, NULL, NULL, NULL, 1),
              ('E6', 123456789012, 0.5::numeric(18,6), DATE '1970-01-01', 'abc', false, 1),
              ('E7', -1, 1::numeric(18,6), DATE '2000-01-01', 'only csv', true, 1)
            ) AS v(pid, i, d, dt, s, b, __kura_rank);
            CREATE TABLE "{schema}".pq AS SELECT * FROM (VALUES
              ('E1', 99999999999999999999999999999999999999::numeric(38,0), 0.99999999999999999999999999999999999999::numeric(38,38), '1.7976931348623157e308'::float8, '3.4e38'::real, 'infinity'::date, 12345678901234567890123456789012345678::numeric(38,0), 9223372036854775807::bigint, 1),
              ('E2', -99999999999999999999999999999999999999::numeric(38,0), -0.99999999999999999999999999999999999999::numeric(38,38), '-1.7976931348623157e308'::float8, '-3.4e38'::real, '-infinity'::date, -12345678901234567890123456789012345678::numeric(38,0), '-9223372036854775808'::bigint, 1),
              ('E3', 0::numeric(38,0), 0.00000000000000000000000000000000000001::numeric(38,38), '5e-324'::float8, '1e-37'::real, '5874897-12-31'::date, 0::numeric(38,0), 0::bigint, 1),
              ('E4', 1::numeric(38,0), 0.5::numeric(38,38), 'Infinity'::float8, '-Infinity'::real, '4713-11-24 BC'::date, 1::numeric(38,0), -1::bigint, 1),
              ('E5', NULL, NULL, 'NaN'::float8, 'NaN'::real, NULL, NULL, NULL, 1),
              ('E6', 12345678901234567890123456789::numeric(38,0), 0::numeric(38,38), '-0'::float8, '-Infinity'::real, '12000-01-01'::date, NULL, 123456789012::bigint, 1)
            ) AS v(pid, w, z, f, r, dt2, h, l, __kura_rank);
            """, connection);
        command.ExecuteNonQuery();
        return (schema, source);
    }

    public void Dispose()
    {
        if (_postgres.IsValueCreated)
        {
            var (schema, source) = _postgres.Value;
            try
            {
                using var connection = source.OpenConnection();
                using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
                drop.ExecuteNonQuery();
            }
            finally { source.Dispose(); }
        }
        _home.Dispose();
    }
}
