using Kura.Core;
using Kura.Engine.Ports;

namespace Kura.Engine;

/// <summary>
/// Kura's use cases (import, classify, projects, queries, releases) over the storage ports.
/// Hosts (CLI, server) call this and contain no business logic themselves. Split by concern
/// into partial files <c>KuraEngine.*.cs</c>.
/// </summary>
public sealed partial class KuraEngine : IDisposable
{
    private readonly IVault _vault;
    private readonly ICatalog _catalog;
    private readonly TimeProvider _time;

    public KuraEngine(IVault vault, ICatalog catalog, TimeProvider time)
    {
        _vault = vault;
        _catalog = catalog;
        _time = time;
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    public void Dispose()
    {
        _vault.Dispose();
        _catalog.Dispose();
    }

    private Dataset RequireDataset(string name) =>
        _catalog.FindDataset(name) ?? throw KuraException.NotFound("KURA-DATASET-NOT-FOUND",
            $"Dataset '{name}' does not exist. List datasets with 'kura dataset list', or load one with 'kura import'.");

    private Project RequireProject(string name) =>
        _catalog.FindProject(name) ?? throw KuraException.NotFound("KURA-PROJECT-NOT-FOUND",
            $"Project '{name}' does not exist. Create it with 'kura project create {name} …'.");
}
