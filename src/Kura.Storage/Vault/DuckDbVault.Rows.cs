using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.Storage.Vault;

/// <summary>
/// Rows for de-identified extracts: the selected columns of one table, or of several tables LEFT JOINed to the first on
/// the person key, read from the release schema (whose views already leave the excluded persons out). Every value comes
/// back as text (DuckDB's CAST to VARCHAR: ISO dates, invariant numbers).
/// </summary>
public sealed partial class DuckDbVault
{
    /// <inheritdoc/>
    public IEnumerable<string?[]> ReadRows(RowSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var sql = RowsSql(selection);
        cancellationToken.ThrowIfCancellationRequested();
        List<object?[]> rows;
        try
        {
            rows = _connection.Query(sql);
        }
        catch (DuckDBException)
        {
            // DuckDB's own message is not shown: it may quote data.
            throw KuraException.NotFound("KURA-VAULT-READ-FAILED",
                $"The vault could not read {string.Join(", ", selection.Tables)} from '{selection.Schema}'. Check the table and column names with 'kura dataset show'.");
        }
        return rows.Select(r => Array.ConvertAll(r, v => (string?)v));
    }

    private static string RowsSql(RowSelection selection)
    {
        if (selection.Tables.Count == 0) throw KuraException.BadInput("KURA-VAULT-READ-INVALID", "An extract read names no table.");
        if (selection.Tables.Count > 1 && selection.PersonKey is null)
            throw KuraException.BadInput("KURA-VAULT-READ-INVALID", "Joining tables for an extract needs the person-key column.");
        var alias = selection.Tables.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => $"t{x.i}", StringComparer.OrdinalIgnoreCase);
        var select = selection.Columns.Select(c =>
        {
            if (!alias.TryGetValue(c.Table, out var a))
                throw KuraException.BadInput("KURA-VAULT-READ-INVALID", $"Column '{c.Column}' names table '{c.Table}', which the read does not include.");
            if (VaultColumns.IsHidden(c.Column) && c.Column != VaultColumns.RowId)
                throw KuraException.BadInput("KURA-VAULT-READ-INVALID", $"Hidden column '{c.Column}' cannot be extracted.");
            return $"CAST({a}.{SqlText.Identifier(c.Column)} AS VARCHAR)";
        });
        var rank = SqlText.Identifier(VaultColumns.Rank);
        var sql = new System.Text.StringBuilder($"SELECT {string.Join(", ", select)} FROM {Source(selection, 0)} AS t0");
        for (var i = 1; i < selection.Tables.Count; i++)
        {
            var key = SqlText.Identifier(selection.PersonKey!);
            sql.Append($" LEFT JOIN {Source(selection, i)} AS t{i} ON t{i}.{key} = t0.{key}");
        }
        if (selection.OneRowPerPerson) sql.Append($" WHERE t0.{rank} = 1");
        return sql.ToString();
    }

    // Joined tables keep their rank-1 row per person when one row per person is asked for.
    private static string Source(RowSelection selection, int index)
    {
        var table = SqlText.Table(selection.Schema, selection.Tables[index]);
        return index > 0 && selection.OneRowPerPerson
            ? $"(SELECT * FROM {table} WHERE {SqlText.Identifier(VaultColumns.Rank)} = 1)"
            : table;
    }
}
