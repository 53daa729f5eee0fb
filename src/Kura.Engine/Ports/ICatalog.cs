using Kura.Core;
using Kura.Engine.Budget;
using Kura.Engine.Extracts;
using Kura.Engine.Policy;
using Kura.Engine.Synthesis;
using Kura.Policy;
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

    /// <summary>The budget all projects together may spend on a dataset, or null when the steward set none.</summary>
    PrivacyBudget? DatasetBudget(string dataset);

    /// <summary>Sets a dataset's budget (a steward act).</summary>
    void SetDatasetBudget(string dataset, PrivacyBudget budget);

    /// <summary>Total privacy cost reserved on a dataset by every project (zero when none).</summary>
    PrivacyCost SpentOnDataset(string dataset);

    /// <summary>Adds <paramref name="cost"/> to a dataset's spent total. Call inside <see cref="InTransaction"/> after checking.</summary>
    void AddDatasetSpend(string dataset, PrivacyCost cost);

    /// <summary>Adds a reservation to the project's spent total. Call inside <see cref="InTransaction"/> after checking the budget.</summary>
    void RecordReservation(BudgetReservation reservation);

    /// <summary>Runs <paramref name="work"/> inside one write transaction; used to keep catalog changes atomic.</summary>
    void InTransaction(Action work);

    // ── Policy: adopted policies, decisions, steps, objections, incidents, notices, declarations ──

    /// <summary>The most recently adopted policy, or null before the first adoption.</summary>
    PolicyVersion? ActivePolicy();

    /// <summary>Every adopted policy, oldest first.</summary>
    IReadOnlyList<PolicyVersion> PolicyHistory();

    /// <summary>Records an adopted policy; returns it with its sequence number.</summary>
    PolicyVersion AddPolicyVersion(PolicyVersion version);

    /// <summary>Stores a decision on a project (kept as history; the latest one is current).</summary>
    void SaveDecision(string project, PolicyDecision decision);

    /// <summary>The latest decision on a project, or null when none was stored.</summary>
    PolicyDecision? LatestDecision(string project);

    void AddStepEvidence(string project, StepEvidence evidence);

    /// <summary>A project's step evidence, oldest first.</summary>
    IReadOnlyList<StepEvidence> StepEvidenceOf(string project);

    /// <summary>Adds a person to a dataset's objection register; false when already on it.</summary>
    bool AddObjection(Objection objection);

    /// <summary>Removes a person from a dataset's register; false when not on it.</summary>
    bool RemoveObjection(string dataset, string person);

    /// <summary>The objection register of one dataset, or of all when <paramref name="dataset"/> is null.</summary>
    IReadOnlyList<Objection> ListObjections(string? dataset);

    void AddIncident(IncidentRecord incident);

    IncidentRecord? FindIncident(string id);

    /// <summary>Incidents, oldest first.</summary>
    IReadOnlyList<IncidentRecord> ListIncidents();

    void AddNotice(NoticeRecord notice);

    /// <summary>Notices published for a dataset, oldest first.</summary>
    IReadOnlyList<NoticeRecord> NoticesOf(string dataset);

    /// <summary>The holder named in notices and reports, or null when never set.</summary>
    HolderProfile? Holder();

    void SetHolder(HolderProfile holder);

    /// <summary>Data categories a steward declared for a dataset on top of classification (for example Health).</summary>
    IReadOnlyList<string> DeclaredCategories(string dataset);

    /// <summary>Replaces a dataset's declared categories.</summary>
    void SetDeclaredCategories(string dataset, IReadOnlyList<string> categories);

    /// <summary>The declared legal-representative consent columns of a dataset's facial tables.</summary>
    IReadOnlyList<FacialConsentColumn> FacialConsentColumns(string dataset);

    /// <summary>Declares (or, with a null column, removes) the consent column of one facial table.</summary>
    void SetFacialConsentColumn(string dataset, string table, string? column);

    /// <summary>The steward's declaration of a dataset's subject ages, or null when none was made.</summary>
    SubjectAgeDeclaration? SubjectAges(string dataset);

    /// <summary>Replaces a dataset's subject-age declaration.</summary>
    void SetSubjectAges(SubjectAgeDeclaration declaration);

    // ── Extracts: the processing method of every released extract (APPI-ANO-02) ──

    /// <summary>Records a released extract; call inside <see cref="InTransaction"/> with its ledger entry.</summary>
    void RecordExtract(ExtractRecord record);

    /// <summary>Released extracts, oldest first, of one project or of all when <paramref name="project"/> is null.</summary>
    IReadOnlyList<ExtractRecord> ListExtracts(string? project);

    // ── Synthesis: public domains declared once per dataset column ──

    /// <summary>Stores (or replaces) the synthesis domain of one column of a dataset.</summary>
    void SaveSynthesisDomain(string dataset, StoredSynthesisDomain domain);

    /// <summary>The synthesis domains stored for a dataset, by table and column.</summary>
    IReadOnlyList<StoredSynthesisDomain> SynthesisDomains(string dataset);
}
