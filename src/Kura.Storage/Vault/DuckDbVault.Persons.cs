using System.Globalization;
using Kura.Core;
using Kura.Engine.Policy;

namespace Kura.Storage.Vault;

/// <summary>
/// Person-level questions asked of the raw tables: children without consent (row exclusions), the
/// youngest age (a steward's check of a declaration; never an input to a decision), distinct persons
/// in an incident. Identifiers are quoted; every value is a bound parameter.
/// </summary>
public sealed partial class DuckDbVault
{
    // Texts a consent column may use for "given"; anything else (false, empty, いいえ) is not consent.
    private const string ConsentGiven = "('true', 't', '1', 'yes', 'y', 'はい', '有', 'あり', '済', '同意', '同意済', '同意あり')";

    /// <inheritdoc/>
    public IReadOnlyList<string> MinorsWithoutConsent(string dataset, MinorFacialQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        RequireTable(dataset, query.FacialTable);
        if (query.FacialColumns.Count == 0) return [];
        var person = Person("f", query.Unit);
        var hasFacial = "(" + string.Join(" OR ", query.FacialColumns.Select(c => $"f.{SqlText.Identifier(c)} IS NOT NULL")) + ")";
        var consented = query.ConsentColumn is { } consent
            ? $"coalesce(lower(trim(CAST(f.{SqlText.Identifier(consent)} AS VARCHAR))) IN {ConsentGiven}, FALSE)"
            : "FALSE";
        var assume = query.AssumeMinorWhenAgeUnknown ? "TRUE" : "FALSE";
        var from = $"{SqlText.Table(dataset, query.FacialTable)} AS f";
        string minor;
        object bound;
        if (query.Age is null)
            (minor, bound) = (assume, query.AgeBelow);
        else
        {
            RequireTable(dataset, query.Age.Table);
            bound = query.Age.IsBirthDate ? query.Today.AddYears((int)-query.AgeBelow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : query.AgeBelow;
            if (string.Equals(query.Age.Table, query.FacialTable, StringComparison.OrdinalIgnoreCase))
                minor = $"({IsMinor("f", query.Age)} OR (f.{SqlText.Identifier(query.Age.Column)} IS NULL AND {assume}))";
            else
            {
                from += $" LEFT JOIN (SELECT {Person("a", query.Unit)} AS p, bool_or({IsMinor("a", query.Age)}) AS minor, " +
                        $"count(a.{SqlText.Identifier(query.Age.Column)}) AS known FROM {SqlText.Table(dataset, query.Age.Table)} AS a GROUP BY 1) AS g " +
                        $"ON g.p = {person}";
                minor = $"(coalesce(g.minor, FALSE) OR (coalesce(g.known, 0) = 0 AND {assume}))";
            }
        }
        return _connection.Query($"SELECT DISTINCT {person} FROM {from} WHERE {hasFacial} AND NOT {consented} AND {minor} AND ($1 IS NOT NULL)", bound)
            .Select(r => (string)r[0]!).ToList();
    }

    /// <inheritdoc/>
    /// <remarks>The answer is read from the rows: stewards see it when they declare subject ages; decisions, refusals and explanations never use it.</remarks>
    public long? MinimumAge(string dataset, AgeSource source, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireTable(dataset, source.Table);
        var column = SqlText.Identifier(source.Column);
        var value = _connection.Query($"SELECT {(source.IsBirthDate ? "max" : "min")}({column}) FROM {SqlText.Table(dataset, source.Table)}")[0][0];
        return value switch
        {
            null => null,
            DateOnly birth => WholeYears(birth, today),
            DateTime birth => WholeYears(DateOnly.FromDateTime(birth), today),
            _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        };
    }

    /// <inheritdoc/>
    public long CountDistinctPersons(string dataset, PrivacyUnit unit, PersonFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var tables = filter.IsAll ? DatasetTables(dataset) : [filter.Table!];
        foreach (var t in tables) RequireTable(dataset, t);
        if (filter.Column is { } column && !ColumnExists(dataset, filter.Table!, column))
            throw KuraException.NotFound("KURA-VAULT-COLUMN-NOT-FOUND", $"Column '{column}' does not exist in table '{dataset}.{filter.Table}'.");
        var where = filter.Column is null ? ""
            : $" WHERE CAST(s.{SqlText.Identifier(filter.Column)} AS VARCHAR) IN ({string.Join(", ", filter.Values.Select((_, i) => $"${i + 1}"))})";
        object?[] values = [.. filter.Values];
        // Per-row datasets: every row is its own person, and row numbers of different tables are different persons.
        if (unit.IsRow)
            return tables.Sum(t => (long)_connection.Query($"SELECT count(*) FROM {SqlText.Table(dataset, t)} AS s{where}", values)[0][0]!);
        var union = string.Join(" UNION ALL ", tables.Select(t => $"SELECT {Person("s", unit)} AS p FROM {SqlText.Table(dataset, t)} AS s{where}"));
        return (long)_connection.Query($"SELECT count(DISTINCT p) FROM ({union}) WHERE p IS NOT NULL", values)[0][0]!;
    }

    private static string Person(string alias, PrivacyUnit unit) =>
        $"CAST({alias}.{SqlText.Identifier(unit.Column ?? VaultColumns.RowId)} AS VARCHAR)";

    private static string IsMinor(string alias, AgeSource age) =>
        age.IsBirthDate
            ? $"{alias}.{SqlText.Identifier(age.Column)} > CAST($1 AS DATE)"
            : $"{alias}.{SqlText.Identifier(age.Column)} < $1";

    private void RequireTable(string dataset, string table)
    {
        if (!TableExists(dataset, table))
            throw KuraException.NotFound("KURA-VAULT-TABLE-NOT-FOUND", $"Table '{table}' does not exist in dataset '{dataset}'.");
    }

    private static long WholeYears(DateOnly birth, DateOnly today)
    {
        var years = today.Year - birth.Year;
        return birth.AddYears(years) > today ? years - 1 : years;
    }
}
