using System.Globalization;
using Kura.Core;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>
/// Maps Parquet columns (as DuckDB describes them) to Kura types and the SELECT expressions that load
/// them. Integers widen to BIGINT; DECIMAL, DATE, BOOLEAN and VARCHAR stay; FLOAT/DOUBLE load as
/// <see cref="ColumnType.Decimal"/> stored in double precision; anything else (timestamps, nested) loads as text.
/// An override casts with TRY_CAST and raises <c>KURA-TYPE:i</c> on a value that does not convert.
/// </summary>
internal static class ParquetColumns
{
    private static readonly string[] IntegerTypes = ["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER"];

    public static ColumnType Infer(string duckType) => duckType switch
    {
        "BOOLEAN" => ColumnType.Boolean,
        "DATE" => ColumnType.Date,
        "FLOAT" or "DOUBLE" => ColumnType.Decimal,
        "VARCHAR" => ColumnType.Text,
        _ when IntegerTypes.Contains(duckType) => ColumnType.Integer,
        _ when duckType.StartsWith("DECIMAL", StringComparison.Ordinal) => ColumnType.Decimal,
        _ => ColumnType.Text,
    };

    /// <summary>The SELECT expression (without alias) for column <paramref name="index"/>.</summary>
    public static string Expression(ColumnPlan plan, string duckType, int index)
    {
        var c = SqlText.Identifier(plan.Name);
        var value = plan.Overridden ? Converted(c, plan.Type, index) : Native(c, duckType);
        if (!plan.IsPersonKey) return value;
        var blank = duckType == "VARCHAR" ? $" OR trim({c}) = ''" : "";
        return $"CASE WHEN {c} IS NULL{blank} THEN error('{CsvLoadSql.PersonKeyMarker}') ELSE {value} END";
    }

    /// <summary>A WHERE condition true for rows whose value <paramref name="plan"/> refuses.</summary>
    public static string Refused(ColumnPlan plan, string duckType)
    {
        var c = SqlText.Identifier(plan.Name);
        var blank = duckType == "VARCHAR" ? $" OR trim({c}) = ''" : "";
        return plan.IsPersonKey && !plan.Overridden ? $"{c} IS NULL{blank}"
            : plan.IsPersonKey ? $"{c} IS NULL{blank} OR TRY_CAST({c} AS {SqlType(plan.Type)}) IS NULL"
            : $"{c} IS NOT NULL AND TRY_CAST({c} AS {SqlType(plan.Type)}) IS NULL";
    }

    private static string Native(string c, string duckType) => Infer(duckType) switch
    {
        ColumnType.Integer => $"CAST({c} AS BIGINT)",
        ColumnType.Text when duckType != "VARCHAR" => $"CAST({c} AS VARCHAR)",
        _ => c,
    };

    private static string Converted(string c, ColumnType type, int index)
    {
        var cast = $"TRY_CAST({c} AS {SqlType(type)})";
        var error = $"error('{CsvLoadSql.TypeMarker}{index.ToString(CultureInfo.InvariantCulture)}')";
        return $"CASE WHEN {c} IS NULL THEN NULL WHEN {cast} IS NULL THEN {error} ELSE {cast} END";
    }

    // Overrides to decimal keep six places: Parquet gives no textual scale to measure.
    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer => "BIGINT",
        ColumnType.Decimal => "DECIMAL(18, 6)",
        ColumnType.Date => "DATE",
        ColumnType.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };
}
