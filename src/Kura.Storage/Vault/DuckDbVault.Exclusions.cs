using System.Security.Cryptography;
using System.Text;
using Kura.Core;
using Kura.Engine.Policy;

namespace Kura.Storage.Vault;

/// <summary>
/// Row exclusions. Each dataset has a release schema <c>__kura_release_&lt;dataset&gt;</c> holding the
/// excluded persons (<c>__kura_excluded</c>, kept for audit), a fingerprint of its state
/// (<c>__kura_release_state</c>) and one view per table: the table minus the excluded persons, all imported
/// columns (hidden ones included). Whether a row is excluded is decided when the list changes, never per
/// query: each table carries a TINYINT column <c>__kura_excluded</c> (1 = excluded), and a table whose flags
/// change is rewritten in (flag, rank) order, so its excluded rows sit in trailing row groups. The view is
/// <c>SELECT * EXCLUDE (__kura_excluded) … WHERE __kura_excluded = 0</c>: DuckDB's zone maps drop the
/// trailing row groups and skip the filter everywhere else, so a release reads no more than the table
/// (docs/benchmarks.md, DP SQL). All of it happens in one transaction with the list.
/// </summary>
public sealed partial class DuckDbVault
{
    private const string ReleasePrefix = "__kura_release_";
    private const string ExcludedTable = "__kura_excluded";
    private const string StateTable = "__kura_release_state";
    private const int InsertBatch = 500;

    /// <summary>
    /// The per-row flag. Imports never create it: a table without it (new, or replaced by a re-import) has no
    /// decided rows, so its view cannot be built and the list is applied to it before any release reads it.
    /// TINYINT rather than BOOLEAN because DuckDB prunes row groups by the zone maps of numbers only.
    /// </summary>
    private const string ExcludedFlag = "__kura_excluded";

    /// <inheritdoc/>
    public string ReleaseSchema(string dataset)
    {
        VaultNames.Validate("dataset", dataset);
        return ReleasePrefix + dataset;
    }

    /// <inheritdoc/>
    public void SetExcludedPersons(string dataset, PrivacyUnit unit, IReadOnlyCollection<string> persons)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(persons);
        var schema = SqlText.Identifier(ReleaseSchema(dataset));
        lock (_connection.Gate)
        {
            var tables = DatasetTables(dataset);
            var sorted = persons.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var fingerprint = Fingerprint(unit, tables, sorted);
            if (StoredFingerprint(dataset) == fingerprint) return;
            _connection.Execute("BEGIN TRANSACTION");
            try
            {
                _connection.Execute($"CREATE SCHEMA IF NOT EXISTS {schema}");
                _connection.Execute($"CREATE TABLE IF NOT EXISTS {schema}.{SqlText.Identifier(ExcludedTable)} (person VARCHAR NOT NULL PRIMARY KEY)");
                _connection.Execute($"CREATE TABLE IF NOT EXISTS {schema}.{SqlText.Identifier(StateTable)} (fingerprint VARCHAR NOT NULL)");
                _connection.Execute($"DELETE FROM {schema}.{SqlText.Identifier(ExcludedTable)}");
                foreach (var batch in sorted.Chunk(InsertBatch))
                    _connection.Query($"INSERT INTO {schema}.{SqlText.Identifier(ExcludedTable)} VALUES " +
                        string.Join(", ", batch.Select((_, i) => $"(${i + 1})")), [.. batch]);
                DropViews(dataset);
                foreach (var table in tables) MarkExcludedRows(dataset, unit, table);
                CreateViews(dataset, tables);
                _connection.Execute($"DELETE FROM {schema}.{SqlText.Identifier(StateTable)}");
                _connection.Query($"INSERT INTO {schema}.{SqlText.Identifier(StateTable)} VALUES ($1)", fingerprint);
                _connection.Execute("COMMIT");
            }
            catch
            {
                _connection.Execute("ROLLBACK");
                throw;
            }
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ExcludedPersons(string dataset)
    {
        var schema = ReleaseSchema(dataset);
        if (!StagingArea.TableExists(_connection, schema, ExcludedTable)) return [];
        return _connection.Query($"SELECT person FROM {SqlText.Table(schema, ExcludedTable)} ORDER BY person")
            .Select(r => (string)r[0]!).ToList();
    }

    private void DropViews(string dataset)
    {
        var schema = ReleaseSchema(dataset);
        foreach (var row in _connection.Query(
                     "SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND schema_name = $1", schema))
            _connection.Execute($"DROP VIEW IF EXISTS {SqlText.Table(schema, (string)row[0]!)}");
    }

    /// <summary>
    /// Sets the table's flag to 1 for rows of listed persons and 0 otherwise (0 too for a NULL person key, which
    /// imports refuse). When any flag changes, the table is rewritten ordered by (flag, rank) — (flag, row) for
    /// <c>@row</c> tables — so released rows keep their rank-ordered prefix and excluded rows trail; a table
    /// whose flags are already right is left as it is.
    /// </summary>
    private void MarkExcludedRows(string dataset, PrivacyUnit unit, string table)
    {
        var target = SqlText.Table(dataset, table);
        var flag = SqlText.Identifier(ExcludedFlag);
        var person = SqlText.Identifier(unit.Column ?? VaultColumns.RowId);
        var excluded = $"CAST(COALESCE(CAST({person} AS VARCHAR) IN (SELECT person FROM {SqlText.Table(ReleaseSchema(dataset), ExcludedTable)}), FALSE) AS TINYINT)";
        _connection.Execute($"ALTER TABLE {target} ADD COLUMN IF NOT EXISTS {flag} TINYINT DEFAULT 0");
        var changed = _connection.Query($"SELECT count(*) FROM {target} WHERE {flag} IS DISTINCT FROM {excluded}")[0][0] as long? ?? 0;
        if (changed == 0) return;
        var order = SqlText.Identifier(unit.IsRow ? VaultColumns.RowId : VaultColumns.Rank);
        var rewritten = SqlText.Table(dataset, StagingArea.Prefix + Guid.NewGuid().ToString("N"));
        _connection.Execute($"CREATE TABLE {rewritten} AS SELECT * FROM (SELECT * REPLACE ({excluded} AS {flag}) FROM {target}) ORDER BY {flag}, {order}");
        _connection.Execute($"DROP TABLE {target}");
        _connection.Execute($"ALTER TABLE {rewritten} RENAME TO {SqlText.Identifier(table)}");
    }

    private void CreateViews(string dataset, IReadOnlyList<string> tables)
    {
        var schema = ReleaseSchema(dataset);
        var flag = SqlText.Identifier(ExcludedFlag);
        foreach (var table in tables)
            _connection.Execute(
                $"CREATE VIEW {SqlText.Table(schema, table)} AS SELECT * EXCLUDE ({flag}) FROM {SqlText.Table(dataset, table)} WHERE {flag} = 0");
    }

    /// <summary>The dataset's live tables (staging and other hidden tables left out), by name.</summary>
    private List<string> DatasetTables(string dataset) =>
        _connection.Query(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND lower(schema_name) = lower($1) " +
                "AND NOT starts_with(table_name, '__kura_') ORDER BY table_name", dataset)
            .Select(r => (string)r[0]!).ToList();

    private string? StoredFingerprint(string dataset)
    {
        var schema = ReleaseSchema(dataset);
        if (!StagingArea.TableExists(_connection, schema, StateTable)) return null;
        var views = _connection.Query(
            "SELECT count(*) FROM duckdb_views() WHERE database_name = current_database() AND schema_name = $1", schema)[0][0] as long? ?? 0;
        var flagged = _connection.Query(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND lower(schema_name) = lower($1) " +
            "AND column_name = $2 AND NOT starts_with(table_name, '__kura_')", dataset, ExcludedFlag)[0][0] as long? ?? 0;
        var rows = _connection.Query($"SELECT fingerprint FROM {SqlText.Table(schema, StateTable)}");
        // A view dropped behind Kura's back, or a table replaced by a re-import (it has no flag), must be
        // brought up to date even when the list is unchanged.
        var tables = DatasetTables(dataset).Count;
        return rows.Count == 1 && views == tables && flagged == tables ? (string?)rows[0][0] : null;
    }

    private static string Fingerprint(PrivacyUnit unit, IReadOnlyList<string> tables, IReadOnlyList<string> persons)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { "v2", unit.ToString() }.Concat(tables).Append("|").Concat(persons))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
