using Kura.Core;
using Kura.Engine.Intake;
using Kura.Engine.Ports;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>
/// The embedded vault: one DuckDB file (normally <c>&lt;home&gt;/vault.duckdb</c>), a schema per dataset,
/// a table per imported file, each with Kura's hidden rank columns. Thread-safe: calls are serialised.
/// Opening removes what an interrupted import left behind.
/// </summary>
public sealed partial class DuckDbVault : IVault
{
    private readonly VaultConnection _connection;
    private readonly VaultOptions _options;
    private readonly string? _tempDirectory;

    /// <param name="path">DuckDB file; created when absent. Its directory must exist.</param>
    /// <param name="options">Defaults when null.</param>
    public DuckDbVault(string path, VaultOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _options = options ?? new VaultOptions();
        if (_options.DefaultMaxRowsPerPerson < 1)
            throw KuraException.BadInput("KURA-VAULT-OPTION", $"DefaultMaxRowsPerPerson must be at least 1 (got {_options.DefaultMaxRowsPerPerson}).");
        _connection = new VaultConnection(path);
        StagingArea.RemoveLeftovers(_connection);
        _tempDirectory = _options.TempDirectory ?? TransientFiles.DirectoryFor(path);
        TransientFiles.RemoveLeftovers(_tempDirectory);
        Backend = new DuckDbQueryBackend(_connection);
    }

    /// <inheritdoc/>
    public IQueryBackend Backend { get; }

    /// <inheritdoc/>
    public StagedImport StageImport(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        VaultNames.Validate("dataset", request.Dataset);
        VaultNames.Validate("table", request.Table);
        if (!File.Exists(request.FilePath)) throw ImportErrors.FileNotFound(request.FilePath);
        if (request.FilePath.IndexOfAny(['*', '?', '[']) >= 0) throw ImportErrors.PatternInName(request.FilePath);
        if (!request.Replace && TableExists(request.Dataset, request.Table))
            throw ImportErrors.TableExists(request.Dataset, request.Table);
        var rowsPerPerson = request.Unit.IsRow ? 1 : _options.DefaultMaxRowsPerPerson;
        return ParquetImport.IsParquet(request.FilePath)
            ? new ParquetImport(_connection, request, rowsPerPerson).Stage(progress, cancellationToken)
            : new CsvImport(_connection, request, rowsPerPerson, _tempDirectory).Stage(progress, cancellationToken);
    }

    /// <inheritdoc/>
    public bool TableExists(string dataset, string table) => StagingArea.TableExists(_connection, dataset, table);

    /// <inheritdoc/>
    public IReadOnlyList<string> SampleValues(string dataset, string table, string column, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (!TableExists(dataset, table))
            throw KuraException.NotFound("KURA-VAULT-TABLE-NOT-FOUND", $"Table '{table}' does not exist in dataset '{dataset}'.");
        if (VaultColumns.IsHidden(column) || !ColumnExists(dataset, table, column))
            throw KuraException.NotFound("KURA-VAULT-COLUMN-NOT-FOUND", $"Column '{column}' does not exist in table '{dataset}.{table}'.");
        var c = SqlText.Identifier(column);
        return _connection.Query($"SELECT CAST({c} AS VARCHAR) FROM {SqlText.Table(dataset, table)} WHERE {c} IS NOT NULL LIMIT {max}")
            .Select(r => (string)r[0]!).ToList();
    }

    private bool ColumnExists(string dataset, string table, string column) =>
        _connection.Query(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND lower(schema_name) = lower($1) " +
            "AND lower(table_name) = lower($2) AND lower(column_name) = lower($3)", dataset, table, column)[0][0] is long n && n > 0;

    public void Dispose() => _connection.Dispose();
}
