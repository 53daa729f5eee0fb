using Kura.Core;

namespace Kura.Storage.Vault;

/// <summary>
/// One staged table: <c>"dataset"."__kura_stage_…"</c>, invisible under its hidden name until
/// <see cref="Promote"/> renames it in one transaction (dropping any table it replaces). Discarding drops it,
/// and the dataset schema too when staging created it, so a failed import leaves the vault as it was.
/// </summary>
internal sealed class StagingArea : IDisposable
{
    public const string Prefix = "__kura_stage_";

    private readonly VaultConnection _connection;
    private readonly bool _createdSchema;
    private bool _done;

    public StagingArea(VaultConnection connection, string dataset, string table)
    {
        _connection = connection;
        Dataset = dataset;
        Table = table;
        StageName = Prefix + Guid.NewGuid().ToString("N");
        _createdSchema = !SchemaExists(connection, dataset);
        if (_createdSchema) connection.Execute($"CREATE SCHEMA IF NOT EXISTS {SqlText.Identifier(dataset)}");
    }

    public string Dataset { get; }
    public string Table { get; }
    public string StageName { get; }
    public string QualifiedStage => SqlText.Table(Dataset, StageName);

    /// <summary>Creates the staged table from a SELECT (dropping an earlier attempt).</summary>
    public void Load(string select, CancellationToken cancellationToken)
    {
        _connection.Execute($"DROP TABLE IF EXISTS {QualifiedStage}");
        _connection.Execute($"CREATE TABLE {QualifiedStage} AS {select}", cancellationToken);
    }

    /// <summary>Makes the staged table the live one atomically.</summary>
    public void Promote(bool replace)
    {
        lock (_connection.Gate)
        {
            _connection.Execute("BEGIN TRANSACTION");
            try
            {
                if (TableExists(_connection, Dataset, Table))
                {
                    if (!replace) throw Intake.ImportErrors.TableExists(Dataset, Table);
                    _connection.Execute($"DROP TABLE {SqlText.Table(Dataset, Table)}");
                }
                _connection.Execute($"ALTER TABLE {QualifiedStage} RENAME TO {SqlText.Identifier(Table)}");
                _connection.Execute("COMMIT");
                _done = true;
            }
            catch
            {
                _connection.Execute("ROLLBACK");
                throw;
            }
        }
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        _connection.Execute($"DROP TABLE IF EXISTS {QualifiedStage}");
        if (_createdSchema && !HasTables(_connection, Dataset))
            _connection.Execute($"DROP SCHEMA IF EXISTS {SqlText.Identifier(Dataset)}");
    }

    public static bool TableExists(VaultConnection connection, string dataset, string table) =>
        connection.Query(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND lower(schema_name) = lower($1) AND lower(table_name) = lower($2)",
            dataset, table)[0][0] is long n && n > 0;

    public static bool SchemaExists(VaultConnection connection, string dataset) =>
        connection.Query(
            "SELECT count(*) FROM duckdb_schemas() WHERE database_name = current_database() AND lower(schema_name) = lower($1)",
            dataset)[0][0] is long n && n > 0;

    private static bool HasTables(VaultConnection connection, string dataset) =>
        connection.Query(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND lower(schema_name) = lower($1)",
            dataset)[0][0] is long n && n > 0;

    /// <summary>Drops what an interrupted import left: stage tables and the empty schemas staging created.</summary>
    public static void RemoveLeftovers(VaultConnection connection)
    {
        foreach (var row in connection.Query(
                     "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() AND starts_with(table_name, $1)", Prefix))
            connection.Execute($"DROP TABLE IF EXISTS {SqlText.Table((string)row[0]!, (string)row[1]!)}");
        foreach (var row in connection.Query(
                     "SELECT s.schema_name FROM duckdb_schemas() s WHERE s.database_name = current_database() AND NOT s.internal " +
                     "AND s.schema_name <> 'main' AND NOT EXISTS (SELECT 1 FROM duckdb_tables() t WHERE t.database_name = s.database_name AND t.schema_name = s.schema_name)"))
            connection.Execute($"DROP SCHEMA IF EXISTS {SqlText.Identifier((string)row[0]!)}");
    }
}
