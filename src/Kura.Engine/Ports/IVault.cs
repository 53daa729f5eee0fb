using Kura.Core;
using Kura.Engine.Intake;

namespace Kura.Engine.Ports;

/// <summary>
/// The raw-data store (DuckDB in the embedded deployment). Raw rows never leave through this
/// port except as <see cref="SampleValues"/> to the in-process classifier.
/// Each dataset is a vault schema; each table carries hidden bookkeeping columns
/// (<see cref="VaultColumns"/>) that DP bounding relies on.
/// </summary>
public interface IVault : IDisposable
{
    /// <summary>Loads a file into staging; throws <see cref="KuraException"/> (BadInput) naming file, line and column on bad input.</summary>
    StagedImport StageImport(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    bool TableExists(string dataset, string table);

    /// <summary>Up to <paramref name="max"/> non-null values of a column (first rows), for the classifier only.</summary>
    IReadOnlyList<string> SampleValues(string dataset, string table, string column, int max);

    /// <summary>The backend that executes rewritten (never user-written) SQL against this vault.</summary>
    IQueryBackend Backend { get; }
}
