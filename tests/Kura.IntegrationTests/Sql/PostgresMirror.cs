using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Npgsql;
using NpgsqlTypes;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// Copies a dataset's vault tables, hidden columns included, from the DuckDB vault file into PostgreSQL as
/// schema "dataset" with the same columns and types, by binary COPY: the layout PostgresQueryBackend expects.
/// </summary>
internal static partial class PostgresMirror
{
    public static void Copy(string vaultPath, string dataset, NpgsqlDataSource postgres)
    {
        using var duck = new DuckDBConnection($"Data Source={vaultPath}");
        duck.Open();
        using var pg = postgres.OpenConnection();
        Execute(pg, $"DROP SCHEMA IF EXISTS {Q(dataset)} CASCADE; CREATE SCHEMA {Q(dataset)}");
        var tables = Rows(duck, $"SELECT table_name FROM duckdb_tables() WHERE schema_name = '{dataset}' AND NOT starts_with(table_name, '__kura_') ORDER BY 1")
            .Select(r => (string)r[0]!).ToList();
        foreach (var table in tables)
        {
            var columns = Rows(duck, $"SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = '{dataset}' AND table_name = '{table}' ORDER BY column_index")
                .Select(r => (Name: (string)r[0]!, Type: PostgresType((string)r[1]!))).ToList();
            Execute(pg, $"CREATE TABLE {Q(dataset)}.{Q(table)} ({string.Join(", ", columns.Select(c => $"{Q(c.Name)} {c.Type.Sql}"))})");
            var list = string.Join(", ", columns.Select(c => Q(c.Name)));
            using var writer = pg.BeginBinaryImport($"COPY {Q(dataset)}.{Q(table)} ({list}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in Rows(duck, $"SELECT {list} FROM {Q(dataset)}.{Q(table)}"))
            {
                writer.StartRow();
                for (var i = 0; i < row.Length; i++)
                    if (row[i] is null) writer.WriteNull();
                    else writer.Write(Convert(row[i]!), columns[i].Type.Db);
            }
            writer.Complete();
        }
    }

    private static (string Sql, NpgsqlDbType Db) PostgresType(string duckType) => duckType switch
    {
        "VARCHAR" => ("text", NpgsqlDbType.Text),
        "BIGINT" => ("bigint", NpgsqlDbType.Bigint),
        "INTEGER" => ("integer", NpgsqlDbType.Integer),
        "DATE" => ("date", NpgsqlDbType.Date),
        "DOUBLE" => ("double precision", NpgsqlDbType.Double),
        "BOOLEAN" => ("boolean", NpgsqlDbType.Boolean),
        _ when DecimalType().Match(duckType) is { Success: true } m => ($"numeric({m.Groups[1].Value},{m.Groups[2].Value})", NpgsqlDbType.Numeric),
        _ => throw new NotSupportedException($"No PostgreSQL mirror type for DuckDB type {duckType}."),
    };

    private static object Convert(object value) => value is DateTime dt ? DateOnly.FromDateTime(dt) : value;

    [GeneratedRegex(@"^DECIMAL\((\d+),\s*(\d+)\)$")]
    private static partial Regex DecimalType();

    private static string Q(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
