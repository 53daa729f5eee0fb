using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Engine.Intake;
using Kura.Engine.Policy;
using Kura.Engine.Synthesis;

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

    // ── Row exclusions: every release path reads the release schema, never the tables ──

    /// <summary>
    /// The schema of release views for <paramref name="dataset"/>: one view per table, with the same
    /// name and columns (hidden columns included), holding the table minus the excluded persons.
    /// Names beginning <c>__kura_</c> are reserved, so no dataset can collide with it.
    /// </summary>
    string ReleaseSchema(string dataset);

    /// <summary>
    /// Atomically replaces the dataset's excluded persons (person-key values in text form, or
    /// <c>__kura_row</c> numbers for per-row datasets) and (re)creates the release views for every
    /// table. Does nothing when the list and the tables are unchanged.
    /// </summary>
    void SetExcludedPersons(string dataset, PrivacyUnit unit, IReadOnlyCollection<string> persons);

    /// <summary>The persons currently excluded from the dataset's release views, sorted (empty before the first call).</summary>
    IReadOnlyList<string> ExcludedPersons(string dataset);

    /// <summary>Persons a facial table shows as children without recorded legal-representative consent (see <see cref="MinorFacialQuery"/>).</summary>
    IReadOnlyList<string> MinorsWithoutConsent(string dataset, MinorFacialQuery query);

    /// <summary>
    /// The youngest subject's age in whole years from an age column (its minimum) or a birth-date
    /// column (the latest date, counted on <paramref name="today"/>); null when the column has no value.
    /// </summary>
    long? MinimumAge(string dataset, AgeSource source, DateOnly today);

    /// <summary>Distinct persons (never rows) in the rows <paramref name="filter"/> selects; values are bound as parameters.</summary>
    long CountDistinctPersons(string dataset, PrivacyUnit unit, PersonFilter filter);

    // ── Extracts: rows for de-identified extracts, processed by the extract use case before anything leaves ──

    /// <summary>
    /// The selected columns' values in text form (null when missing), row by row, from <see cref="RowSelection.Schema"/>
    /// (the dataset's release schema). Only the extract use case calls this.
    /// </summary>
    IEnumerable<string?[]> ReadRows(RowSelection selection, CancellationToken cancellationToken = default);

    // ── Synthesis: one row per person built from declared features, encoded by declared domains before fitting ──

    /// <summary>
    /// One row per person with one text value per feature (see <see cref="PersonTableSelection"/>), computed in one
    /// query over the release schema; code ranges are bound as parameters. Only the synthesis use case calls this.
    /// </summary>
    IEnumerable<string?[]> ReadPersonRows(PersonTableSelection selection, CancellationToken cancellationToken = default);
}
