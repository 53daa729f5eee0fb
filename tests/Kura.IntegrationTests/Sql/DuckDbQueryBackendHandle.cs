using Kura.Engine.Ports;
using Kura.Storage.Vault;

namespace Kura.IntegrationTests.Sql;

/// <summary>The vault's own query backend (the one the engine uses), with the vault it belongs to.</summary>
public sealed class DuckDbQueryBackendHandle(DuckDbVault vault) : IDisposable
{
    public IQueryBackend Backend => vault.Backend;

    public IReadOnlyList<object?[]> Execute(string sql) => vault.Backend.Execute(sql);

    public void Dispose() => vault.Dispose();
}
