using Kura.Engine.Ports;

namespace Kura.Storage.Vault;

/// <summary>Runs rewritten SQL on the vault's DuckDB connection. Thread-safe (calls are serialised).</summary>
public sealed class DuckDbQueryBackend : IQueryBackend
{
    private readonly VaultConnection _connection;

    internal DuckDbQueryBackend(VaultConnection connection) => _connection = connection;

    /// <inheritdoc/>
    public string Dialect => "duckdb";

    /// <inheritdoc/>
    public IReadOnlyList<object?[]> Execute(string sql, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _connection.Query(sql);
    }
}
