using System.Globalization;
using Kura.Core;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>
/// SQL that loads a UTF-8 CSV with DuckDB's strict reader and Kura's column plans. Numbers are read as
/// text and checked against <see cref="NumberText"/> patterns before the cast (DuckDB's own cast would
/// round 1.5 into an integer); ISO dates are read natively; Japanese dates go through <see cref="JapaneseDateFunction"/>.
/// A value that fails a check raises <c>KURA-TYPE:i</c>, an empty person key <c>KURA-PK</c>.
/// </summary>
internal static class CsvLoadSql
{
    public const string PersonKeyMarker = "KURA-PK";
    public const string TypeMarker = "KURA-TYPE:";

    public static string Source(string utf8Path, char delimiter, IReadOnlyList<ColumnPlan> plans, string rejectsTable, string rejectsScan)
    {
        var columns = string.Join(", ", plans.Select(p => $"{SqlText.Literal(p.Name)}: {SqlText.Literal(ReadType(p))}"));
        return $"read_csv({SqlText.Literal(utf8Path)}, delim={SqlText.Literal(delimiter.ToString())}, quote='\"', escape='\"', " +
               "header=true, auto_detect=false, strict_mode=true, null_padding=false, " +
               $"store_rejects=true, rejects_table={SqlText.Literal(rejectsTable)}, rejects_scan={SqlText.Literal(rejectsScan)}, " +
               $"columns={{{columns}}})";
    }

    public static string Columns(IReadOnlyList<ColumnPlan> plans) =>
        string.Join(", ", plans.Select((p, i) => $"{Expression(p, i)} AS {SqlText.Identifier(p.Name)}"));

    private static string ReadType(ColumnPlan plan) =>
        plan.Type == ColumnType.Date && plan.Notation == DateNotation.Iso ? "DATE" : "VARCHAR";

    private static string Expression(ColumnPlan plan, int index)
    {
        var c = SqlText.Identifier(plan.Name);
        var typeError = $"error('{TypeMarker}{index.ToString(CultureInfo.InvariantCulture)}')";
        var whenNull = plan.IsPersonKey ? $"error('{PersonKeyMarker}')" : "NULL";
        var blank = plan.IsPersonKey && plan.Type == ColumnType.Text ? $" OR trim({c}) = ''" : "";
        var converted = plan.Type switch
        {
            ColumnType.Integer => Checked(c, NumberText.IntegerPattern, "BIGINT", typeError),
            ColumnType.Decimal => Checked(c, NumberText.DecimalPattern(plan.Scale), $"DECIMAL(18, {plan.Scale.ToString(CultureInfo.InvariantCulture)})", typeError),
            ColumnType.Date when plan.Notation == DateNotation.Japanese =>
                $"ELSE {JapaneseDateFunction.Name}({c}, {index.ToString(CultureInfo.InvariantCulture)})",
            ColumnType.Boolean => $"WHEN lower({c}) IN ({Words(BooleanText.TrueWords)}) THEN true " +
                                  $"WHEN lower({c}) IN ({Words(BooleanText.FalseWords)}) THEN false ELSE {typeError}",
            _ => $"ELSE {c}",
        };
        return $"CASE WHEN {c} IS NULL{blank} THEN {whenNull} {converted} END";
    }

    private static string Checked(string column, string pattern, string sqlType, string typeError) =>
        $"WHEN regexp_full_match({column}, {SqlText.Literal(pattern)}) THEN CAST({column} AS {sqlType}) ELSE {typeError}";

    private static string Words(IEnumerable<string> words) => string.Join(", ", words.Select(SqlText.Literal));
}
