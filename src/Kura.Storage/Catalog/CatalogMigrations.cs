namespace Kura.Storage.Catalog;

/// <summary>
/// Ordered schema migrations. Version N is reached by applying scripts 1..N in order; a script is
/// never edited once shipped — changes go into a new script so old catalogs upgrade in place.
/// </summary>
internal static class CatalogMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: datasets, tables, columns, projects.
        """
        CREATE TABLE datasets (name TEXT PRIMARY KEY, person_key TEXT, created_at TEXT NOT NULL);
        CREATE TABLE vault_tables (
            dataset TEXT NOT NULL REFERENCES datasets(name), name TEXT NOT NULL,
            row_count INTEGER NOT NULL, person_count INTEGER NOT NULL, max_rows_per_person INTEGER NOT NULL,
            PRIMARY KEY (dataset, name));
        CREATE TABLE columns (
            dataset TEXT NOT NULL, table_name TEXT NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL,
            type TEXT NOT NULL, class TEXT NOT NULL, is_subject_age INTEGER NOT NULL DEFAULT 0,
            class_confirmed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (dataset, table_name, name));
        CREATE TABLE projects (
            name TEXT PRIMARY KEY, organization TEXT NOT NULL, purpose TEXT NOT NULL,
            budget_epsilon TEXT NOT NULL, budget_delta TEXT NOT NULL, status TEXT NOT NULL,
            created_at TEXT NOT NULL, expires_at TEXT);
        CREATE TABLE project_datasets (project TEXT NOT NULL REFERENCES projects(name), dataset TEXT NOT NULL,
            PRIMARY KEY (project, dataset));
        CREATE TABLE approvals (project TEXT NOT NULL REFERENCES projects(name), steward TEXT NOT NULL,
            at TEXT NOT NULL, note TEXT);
        """,
        // 2: DP metadata on columns (declared bounds, public domains).
        """
        ALTER TABLE columns ADD COLUMN bounds_lower TEXT;
        ALTER TABLE columns ADD COLUMN bounds_upper TEXT;
        ALTER TABLE columns ADD COLUMN public_domain TEXT;
        """,
        // 3: project scope (release kinds, granted columns, justification).
        """
        ALTER TABLE projects ADD COLUMN release_kinds TEXT;
        ALTER TABLE projects ADD COLUMN granted_columns TEXT;
        ALTER TABLE projects ADD COLUMN justification TEXT;
        """,
        // 4: privacy budget: spent totals per project and every reservation (never refunded).
        """
        CREATE TABLE budget_spent (
            project TEXT PRIMARY KEY REFERENCES projects(name),
            rho TEXT NOT NULL, delta TEXT NOT NULL, pure_epsilon TEXT NOT NULL);
        CREATE TABLE reservations (
            id TEXT PRIMARY KEY, project TEXT NOT NULL REFERENCES projects(name), release_kind TEXT NOT NULL,
            rho TEXT NOT NULL, delta TEXT NOT NULL, pure_epsilon TEXT NOT NULL, at TEXT NOT NULL, request_hash TEXT NOT NULL);
        """,
    ];
}
