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
    private readonly ILedgerStore _ledger;
    private readonly TimeProvider _time;

    /// <param name="vault">Raw data store.</param>
    /// <param name="catalog">Metadata, projects, budgets.</param>
    /// <param name="ledger">Append-only record of every state change and release.</param>
    /// <param name="time">Clock for timestamps and expiry.</param>
    /// <param name="actor">Who is acting (OS user or authenticated principal); written to the ledger.</param>
    public KuraEngine(IVault vault, ICatalog catalog, ILedgerStore ledger, TimeProvider time, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        _vault = vault;
        _catalog = catalog;
        _ledger = ledger;
        _time = time;
        Actor = actor;
    }

    /// <summary>
    /// The budget every dataset has until a steward sets its own: all projects together may spend at most
    /// this on one dataset's persons (ARCHITECTURE.md, step 4).
    /// </summary>
    public static readonly PrivacyBudget DefaultDatasetBudget = new(20m, 0.00001m);

    /// <summary>Who is acting; recorded with every ledger entry.</summary>
    public string Actor { get; }

    /// <summary>The ledger, for verification, proofs and the register.</summary>
    public ILedgerStore Ledger => _ledger;

    /// <summary>The engine clock's current UTC time.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    public void Dispose()
    {
        _vault.Dispose();
        _catalog.Dispose();
        _ledger.Dispose();
    }

    private Dataset RequireDataset(string name) =>
        _catalog.FindDataset(name) ?? throw KuraException.NotFound("KURA-DATASET-NOT-FOUND",
            $"Dataset '{name}' does not exist. List datasets with 'kura dataset list', or load one with 'kura import'.");

    private Project RequireProject(string name) =>
        _catalog.FindProject(name) ?? throw KuraException.NotFound("KURA-PROJECT-NOT-FOUND",
            $"Project '{name}' does not exist. Request it with 'kura project request {name} …'.");
}
