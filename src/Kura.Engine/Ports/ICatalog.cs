using Kura.Core;
using Kura.Engine.Budget;
using Kura.Privacy.Accounting;

namespace Kura.Engine.Ports;

/// <summary>
/// The catalog of datasets, columns, projects and budgets (SQLite embedded, PostgreSQL for servers).
/// Implementations are safe for concurrent use from several threads and processes.
/// </summary>
public interface ICatalog : IDisposable
{
    /// <summary>Schema version after migrations.</summary>
    int SchemaVersion { get; }

    Dataset? FindDataset(string name);

    IReadOnlyList<Dataset> ListDatasets();

    /// <summary>Records a (new or replaced) table of a dataset, creating the dataset on first use. The unit must match an existing dataset's.</summary>
    void SaveTable(string dataset, PrivacyUnit unit, VaultTable table, DateTimeOffset at);

    /// <summary>Replaces a column's metadata (class, flags, bounds, domain) in place.</summary>
    void UpdateColumn(string dataset, string table, Column column);

    /// <summary>Sets a table's declared cap of rows per person used by DP bounding.</summary>
    void UpdateMaxRowsPerPerson(string dataset, string table, int maxRowsPerPerson);

    void CreateProject(Project project);

    Project? FindProject(string name);

    IReadOnlyList<Project> ListProjects();

    /// <summary>Replaces a project's mutable state (status, approvals, expiry).</summary>
    void UpdateProject(Project project);

    /// <summary>Total privacy cost a project has reserved so far (zero when none).</summary>
    PrivacyCost SpentBy(string project);

    /// <summary>Adds a reservation to the project's spent total. Call inside <see cref="InTransaction"/> after checking the budget.</summary>
    void RecordReservation(BudgetReservation reservation);

    /// <summary>Runs <paramref name="work"/> inside one write transaction; used to keep catalog changes atomic.</summary>
    void InTransaction(Action work);
}
