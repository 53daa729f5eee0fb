using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Synthesis;

namespace Kura.Storage.Vault;

/// <summary>
/// The one-row-per-person table <c>--per-person</c> synthesises from, built in one query over the release schema: the
/// persons found in any feature table, LEFT JOINed to one GROUP BY per table computing that table's features.
/// Identifiers are quoted; code ranges and the day ages are counted on are bound parameters.
/// </summary>
public sealed partial class DuckDbVault
{
    /// <inheritdoc/>
    public IEnumerable<string?[]> ReadPersonRows(PersonTableSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Features.Count == 0) throw KuraException.BadInput("KURA-VAULT-READ-INVALID", "A per-person read names no feature.");
        var parameters = new List<object?>();
        var sql = PersonRowsSql(selection, parameters);
        cancellationToken.ThrowIfCancellationRequested();
        List<object?[]> rows;
        try
        {
            rows = _connection.Query(sql, [.. parameters]);
        }
        catch (DuckDBException)
        {
            // DuckDB's own message is not shown: it may quote data.
            throw KuraException.NotFound("KURA-VAULT-READ-FAILED",
                $"The vault could not build the per-person table from '{selection.Schema}'. Check the feature tables and columns with 'kura dataset show'.");
        }
        return rows.Select(r => Array.ConvertAll(r, v => (string?)v));
    }

    private static string PersonRowsSql(PersonTableSelection selection, List<object?> parameters)
    {
        var tables = selection.Features.Select(f => f.Table).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var key = SqlText.Identifier(selection.PersonKey);
        int TableOf(PersonFeatureSpec f) => tables.FindIndex(t => string.Equals(t, f.Table, StringComparison.OrdinalIgnoreCase));
        var persons = string.Join(" UNION ", tables.Select(t => $"SELECT CAST({key} AS VARCHAR) AS p FROM {SqlText.Table(selection.Schema, t)}"));
        var sql = new StringBuilder($"WITH persons AS (SELECT DISTINCT p FROM ({persons}) WHERE p IS NOT NULL)");
        for (var t = 0; t < tables.Count; t++)
        {
            var aggregates = selection.Features.Select((f, i) => (f, i)).Where(x => TableOf(x.f) == t)
                .Select(x => $"{Aggregate(x.f, parameters, selection.Today)} AS f{x.i}");
            sql.Append($", a{t} AS (SELECT CAST({key} AS VARCHAR) AS p, {string.Join(", ", aggregates)} FROM {SqlText.Table(selection.Schema, tables[t])} GROUP BY 1)");
        }
        var values = selection.Features.Select((f, i) => Output(f, $"a{TableOf(f)}.f{i}"));
        sql.Append($" SELECT {string.Join(", ", values)} FROM persons AS q");
        for (var t = 0; t < tables.Count; t++) sql.Append($" LEFT JOIN a{t} ON a{t}.p = q.p");
        return sql.ToString();
    }

    private static string Aggregate(PersonFeatureSpec feature, List<object?> parameters, DateOnly today)
    {
        var rank = SqlText.Identifier(VaultColumns.Rank);
        var column = feature.Column is null ? null : SqlText.Identifier(feature.Column);
        return feature.Kind switch
        {
            PersonFeatureKind.Category => $"max(CASE WHEN {rank} = 1 THEN CAST({column} AS VARCHAR) END)",
            PersonFeatureKind.Age => $"max(CASE WHEN {rank} = 1 THEN {WholeYears(column!, Bind(parameters, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))} END)",
            // Ranks are 1..n per person, so rows of rank ≤ cap number min(n, cap): the cap read as a rank bound.
            PersonFeatureKind.Count when feature.Column is null => string.Create(CultureInfo.InvariantCulture, $"count(*) FILTER (WHERE {rank} <= {feature.Cap})"),
            PersonFeatureKind.Count => string.Create(CultureInfo.InvariantCulture, $"least(count(*){Filter(feature, parameters)}, {feature.Cap})"),
            PersonFeatureKind.SumBand => $"sum({column})",
            _ => throw new ArgumentOutOfRangeException(nameof(feature), "Unknown feature kind."),
        };
    }

    // PersonFeatureSpec.From: FROM ≤ v and (v ≤ TO or v starts with TO), by code point (DuckDB compares VARCHAR bytewise in UTF-8).
    private static string Filter(PersonFeatureSpec feature, List<object?> parameters)
    {
        var (from, to) = (Bind(parameters, feature.From), Bind(parameters, feature.To));
        var value = $"CAST({SqlText.Identifier(feature.Column!)} AS VARCHAR)";
        return $" FILTER (WHERE {value} >= {from} AND ({value} <= {to} OR starts_with({value}, {to})))";
    }

    // age() gives whole years, months and days between the bound day and the birth date.
    private static string WholeYears(string birthDate, string day) =>
        $"date_part('year', age(CAST(CAST({day} AS DATE) AS TIMESTAMP), CAST({birthDate} AS TIMESTAMP)))";

    private static string Bind(List<object?> parameters, object? value)
    {
        parameters.Add(value);
        return string.Create(CultureInfo.InvariantCulture, $"${parameters.Count}");
    }

    // Counts and sums of persons without rows in the table are 0; categories and ages stay missing.
    private static string Output(PersonFeatureSpec feature, string value) => feature.Kind is PersonFeatureKind.Count or PersonFeatureKind.SumBand
        ? $"CAST(coalesce({value}, 0) AS VARCHAR)"
        : $"CAST({value} AS VARCHAR)";
}
