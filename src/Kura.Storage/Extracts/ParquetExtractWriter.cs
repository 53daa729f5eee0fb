using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Storage.Vault;

namespace Kura.Storage.Extracts;

/// <summary>
/// Parquet through an in-memory DuckDB (never the vault): rows are appended as text to a temporary table, and
/// <c>COPY … TO … (FORMAT PARQUET)</c> writes them, casting columns released unchanged back to their stored types
/// (integers BIGINT, decimals DOUBLE, dates DATE, booleans BOOLEAN); pseudonyms, labels and grouped values stay text.
/// </summary>
internal sealed class ParquetExtractWriter : ExtractFileWriter
{
    private const string Staging = "extract_rows";
    private readonly IReadOnlyList<ExtractColumn> _columns;
    private readonly DuckDBConnection _connection;
    private readonly DuckDBAppender _appender;

    public ParquetExtractWriter(string target, PendingOutputs pending, IReadOnlyList<ExtractColumn> columns) : base(target, pending)
    {
        _columns = columns;
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute($"CREATE TABLE {Staging} ({string.Join(", ", columns.Select((_, i) => $"c{i} VARCHAR"))})");
        _appender = _connection.CreateAppender(Staging);
    }

    public override void Write(IReadOnlyList<string?> row)
    {
        if (row.Count != _columns.Count)
            throw new ArgumentException($"A row has {row.Count} values for {_columns.Count} columns.", nameof(row));
        var appended = _appender.CreateRow();
        foreach (var value in row)
        {
            if (value is null) appended.AppendNullValue();
            else appended.AppendValue(value);
        }
        appended.EndRow();
    }

    protected override void Finish()
    {
        _appender.Close();
        var select = string.Join(", ", _columns.Select((c, i) => $"{Cast($"c{i}", c)} AS {SqlText.Identifier(c.Name)}"));
        // Into the owner-only file itself: by default DuckDB writes a world-readable tmp_ file beside it and renames it.
        Execute($"COPY (SELECT {select} FROM {Staging}) TO {SqlText.Literal(TemporaryPath)} (FORMAT PARQUET, USE_TMP_FILE false)");
    }

    protected override void Release()
    {
        _appender.Dispose();
        _connection.Dispose();
    }

    private static string Cast(string column, ExtractColumn c) => !c.KeepsType ? column : c.Type switch
    {
        ColumnType.Integer => $"CAST({column} AS BIGINT)",
        ColumnType.Decimal => $"CAST({column} AS DOUBLE)",
        ColumnType.Date => $"CAST({column} AS DATE)",
        ColumnType.Boolean => $"CAST({column} AS BOOLEAN)",
        _ => column,
    };

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
