using System.Data.Common;
using DuckDB.NET.Data;

namespace Kura.Storage.Vault;

/// <summary>
/// The vault's one DuckDB connection with Kura's functions registered, serialised by a lock so the
/// vault, its staged imports and its query backend can share it safely across threads.
/// </summary>
internal sealed class VaultConnection : IDisposable
{
    private readonly DuckDBConnection _connection;

    public VaultConnection(string path)
    {
        _connection = new DuckDBConnection($"Data Source={path}");
        _connection.Open();
        RandomRowKey.Register(_connection);
        JapaneseDateFunction.Register(_connection);
    }

    public object Gate { get; } = new();

    public int Execute(string sql, CancellationToken cancellationToken = default)
    {
        lock (Gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var registration = cancellationToken.Register(command.Cancel);
            return command.ExecuteNonQuery();
        }
    }

    public List<object?[]> Query(string sql, params object?[] parameters)
    {
        lock (Gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
            using var reader = command.ExecuteReader();
            return ReadAll(reader);
        }
    }

    /// <summary>Fraction (0–1) of the running query done, or null when DuckDB cannot tell.</summary>
    public double? Progress()
    {
        try
        {
            var p = _connection.GetQueryProgress().Percentage;
            return p >= 0 ? p / 100 : null;
        }
        catch (DuckDBException)
        {
            return null;
        }
    }

    private static List<object?[]> ReadAll(DbDataReader reader)
    {
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : DuckDbValues.ToProvider(reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
