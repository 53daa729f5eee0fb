using Kura.Core;
using Kura.Engine.Ports;
using Npgsql;

namespace Kura.Storage.Postgres;

/// <summary>
/// Runs Kura's rewritten SQL (dialect <c>postgres</c>) on a PostgreSQL server holding the vault
/// tables as <c>"dataset"."table"</c> with the same hidden bookkeeping columns. For datasets that
/// outgrow one machine's DuckDB file. Thread safety: safe; one pooled connection per call. No value can make
/// reading fail: Kura's SQL returns group keys as text and aggregates as integers, and a numeric is read as a
/// BigInteger, which holds any of them (a decimal would overflow beyond 7.9·10^28).
/// </summary>
public sealed class PostgresQueryBackend(NpgsqlDataSource dataSource) : IQueryBackend
{
    public string Dialect => "postgres";

    public IReadOnlyList<object?[]> Execute(string sql, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = dataSource.OpenConnection();
            using var command = new NpgsqlCommand(sql, connection);
            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = Read(reader, i);
                rows.Add(row);
            }
            return rows;
        }
        catch (PostgresException e)
        {
            // The server's message may quote data; only the SQLSTATE leaves.
            throw KuraException.Internal("KURA-BACKEND-FAILED", $"PostgreSQL refused Kura's rewritten query (SQLSTATE {e.SqlState}). Nothing was released.", e);
        }
    }

    private static object? Read(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null
        : reader.GetDataTypeName(column) == "numeric" ? reader.GetFieldValue<System.Numerics.BigInteger>(column)
        : reader.GetValue(column);
}
