using Kura.Core;
using Kura.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Catalog;

/// <summary>
/// The embedded catalog: one SQLite file in WAL mode. Every write runs in a <c>BEGIN IMMEDIATE</c>
/// transaction so concurrent processes serialise on the database lock instead of failing mid-way.
/// Thread safety: one connection per call; safe for concurrent use.
/// </summary>
public sealed partial class SqliteCatalog : ICatalog
{
    private readonly string _connectionString;
    private readonly AsyncLocal<SqliteConnection?> _ambient = new();

    /// <summary>Opens (creating if needed) the catalog at <paramref name="path"/> and applies pending migrations.</summary>
    public SqliteCatalog(string path) : this(path, CatalogMigrations.Scripts.Count) { }

    /// <summary>Opens the catalog migrating only up to <paramref name="targetVersion"/>; upgrade tests use it to build old catalogs.</summary>
    internal SqliteCatalog(string path, int targetVersion)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        SchemaVersion = CatalogSchema.Migrate(connection, targetVersion);
    }

    public int SchemaVersion { get; }

    public void InTransaction(Action work)
    {
        if (_ambient.Value is not null) { work(); return; }
        using var connection = Open();
        Execute(connection, "BEGIN IMMEDIATE;");
        _ambient.Value = connection;
        try
        {
            work();
            Execute(connection, "COMMIT;");
        }
        catch
        {
            Execute(connection, "ROLLBACK;");
            throw;
        }
        finally
        {
            _ambient.Value = null;
        }
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    private T Read<T>(Func<SqliteConnection, T> query)
    {
        if (_ambient.Value is { } ambient) return query(ambient);
        using var connection = Open();
        return query(connection);
    }

    private void Write(Action<SqliteConnection> change) =>
        InTransaction(() => change(_ambient.Value!));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, read fully before the caller opens other readers.</summary>
    internal static List<string> Strings(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var values = new List<string>();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
