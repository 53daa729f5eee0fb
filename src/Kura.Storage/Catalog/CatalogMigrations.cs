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
        // 5: policy: adopted policies, decisions (JSON), step evidence, objection register, incidents,
        //    notices, the holder, declared data categories and facial-consent columns.
        """
        CREATE TABLE policy_versions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL, version TEXT NOT NULL, regime TEXT NOT NULL,
            adopted_at TEXT NOT NULL, actor TEXT NOT NULL, change TEXT NOT NULL, text TEXT NOT NULL);
        CREATE TABLE project_decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, project TEXT NOT NULL REFERENCES projects(name),
            at TEXT NOT NULL, outcome TEXT NOT NULL, policy_hash TEXT NOT NULL, json TEXT NOT NULL);
        CREATE INDEX project_decisions_by_project ON project_decisions (project, seq);
        CREATE TABLE project_steps (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, project TEXT NOT NULL REFERENCES projects(name), step TEXT NOT NULL,
            value TEXT, evidence TEXT NOT NULL, steward TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE objections (
            dataset TEXT NOT NULL REFERENCES datasets(name), person TEXT NOT NULL, reason TEXT,
            at TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (dataset, person));
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY, dataset TEXT NOT NULL, filter TEXT NOT NULL, recorded_at TEXT NOT NULL,
            actor TEXT NOT NULL, assessment TEXT NOT NULL);
        CREATE TABLE notices (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, dataset TEXT NOT NULL REFERENCES datasets(name), published_on TEXT NOT NULL,
            sha256 TEXT NOT NULL, format TEXT NOT NULL, facial INTEGER NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL);
        CREATE TABLE holder (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, contact TEXT NOT NULL, address TEXT);
        CREATE TABLE dataset_categories (
            dataset TEXT NOT NULL REFERENCES datasets(name), category TEXT NOT NULL, PRIMARY KEY (dataset, category));
        CREATE TABLE facial_consent (
            dataset TEXT NOT NULL REFERENCES datasets(name), table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            PRIMARY KEY (dataset, table_name));
        """,
        // 6: released extracts and their processing method (APPI-ANO-02: the method is kept).
        """
        CREATE TABLE extracts (
            release_id TEXT PRIMARY KEY, project TEXT NOT NULL REFERENCES projects(name), dataset TEXT NOT NULL,
            kind TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
            rows INTEGER NOT NULL, method TEXT NOT NULL);
        CREATE INDEX extracts_by_project ON extracts (project, at);
        """,
        // 7: public synthesis domains declared once per dataset column (values as a JSON list, or bins LOW:HIGH:WIDTH).
        """
        CREATE TABLE synthesis_domains (
            dataset TEXT NOT NULL REFERENCES datasets(name), table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            kind TEXT NOT NULL, definition TEXT NOT NULL, PRIMARY KEY (dataset, table_name, column_name));
        """,
        // 8: dataset-level budgets: what all projects together may spend on one dataset's persons.
        """
        CREATE TABLE dataset_budgets (dataset TEXT PRIMARY KEY REFERENCES datasets(name), epsilon TEXT NOT NULL, delta TEXT NOT NULL);
        CREATE TABLE dataset_spent (
            dataset TEXT PRIMARY KEY REFERENCES datasets(name),
            rho TEXT NOT NULL, delta TEXT NOT NULL, pure_epsilon TEXT NOT NULL);
        """,
        // 9: stewards' declarations of subject ages (youngest_age NULL: minors possible).
        """
        CREATE TABLE subject_age_declarations (
            dataset TEXT PRIMARY KEY REFERENCES datasets(name), youngest_age INTEGER, steward TEXT NOT NULL, at TEXT NOT NULL);
        """,
        // 10: the ledger's latest signed size and root, a second record outside the ledger directory (rollback check).
        """
        CREATE TABLE ledger_anchor (
            id INTEGER PRIMARY KEY CHECK (id = 1), tree_size INTEGER NOT NULL, root_hash TEXT NOT NULL, recorded_at TEXT NOT NULL);
        """,
        // 11: who receives a project's releases (third-party or processor); existing projects are third parties.
        """
        ALTER TABLE projects ADD COLUMN recipient TEXT NOT NULL DEFAULT 'third-party';
        """,
    ];
}
