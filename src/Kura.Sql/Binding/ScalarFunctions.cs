using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>
/// The whitelist of scalar functions: pure, deterministic, and total on every backend once their literal
/// arguments are checked here (so no data value can make the backend raise an error).
/// </summary>
internal static class ScalarFunctions
{
    public static readonly IReadOnlySet<string> Aggregates = new HashSet<string>(StringComparer.Ordinal)
    {
        "COUNT", "SUM", "AVG", "MEDIAN", "PERCENTILE_CONT", "QUANTILE_CONT", "STDDEV", "STDDEV_SAMP", "STDDEV_POP",
        "VARIANCE", "VAR_SAMP", "VAR_POP",
    };

    private static readonly HashSet<string> FileFunctions = new(StringComparer.Ordinal)
    {
        "READ_CSV", "READ_CSV_AUTO", "READ_PARQUET", "PARQUET_SCAN", "READ_JSON", "READ_JSON_AUTO", "READ_NDJSON",
        "READ_TEXT", "READ_BLOB", "GLOB", "SNIFF_CSV", "CSV_SCAN", "PARQUET_METADATA", "PARQUET_SCHEMA", "READ_XLSX",
        "ICEBERG_SCAN", "DELTA_SCAN", "PG_READ_FILE", "PG_READ_BINARY_FILE", "PG_LS_DIR", "LO_IMPORT", "LO_EXPORT",
        "QUERY", "QUERY_TABLE", "GETENV", "CURRENT_SETTING", "SQLITE_SCAN", "POSTGRES_SCAN", "MYSQL_SCAN", "DBLINK",
    };

    public static readonly string Supported =
        "FLOOR, CEIL, ROUND, ABS, LOWER, UPPER, TRIM, LENGTH, SUBSTRING, COALESCE, NULLIF, LEAST, GREATEST, YEAR, QUARTER, MONTH, DAY, EXTRACT";

    /// <summary>Result type of a scalar call whose arguments have the given types; refuses anything else.</summary>
    public static SqlType Check(FunctionExpr call, IReadOnlyList<SqlType> args)
    {
        if (FileFunctions.Contains(call.Name))
            throw SqlRefusals.At(SqlRefusals.FileAccess, call.Position,
                $"{call.Name.ToLowerInvariant()} reads files or other databases and is not allowed");
        if (call.Distinct || call.Star || call.WithinGroup is not null)
            throw SqlRefusals.At(SqlRefusals.Syntax, call.Position, $"{call.Name} is not an aggregate; DISTINCT, * and WITHIN GROUP do not apply");
        return call.Name switch
        {
            "FLOOR" or "CEIL" or "CEILING" => Numeric(call, args, 1, 1) == SqlType.Integer ? SqlType.Integer : SqlType.Number,
            "ABS" => Numeric(call, args, 1, 1),
            "ROUND" => Round(call, args),
            "LOWER" or "UPPER" or "TRIM" => Text(call, args, 1, 1, SqlType.Text),
            "LENGTH" => Text(call, args, 1, 1, SqlType.Integer),
            "SUBSTRING" or "SUBSTR" => Substring(call, args),
            "COALESCE" or "LEAST" or "GREATEST" => Same(call, args, call.Name == "COALESCE" ? 1 : 2),
            "NULLIF" => Same(call, args, 2, 2),
            _ when MinMax(call.Name) => throw SqlRefusals.At(SqlRefusals.UnknownFunction, call.Position,
                $"{call.Name} reveals a row-level value and is not supported; use PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY x) for a DP extreme"),
            _ => throw SqlRefusals.At(SqlRefusals.UnknownFunction, call.Position,
                $"Unknown function {SqlRefusals.Quote(call.Name.ToLowerInvariant())}; supported scalar functions: {Supported}"),
        };
    }

    private static bool MinMax(string name) => name is "MIN" or "MAX" or "ARG_MIN" or "ARG_MAX" or "FIRST" or "LAST"
        or "ANY_VALUE" or "LIST" or "ARRAY_AGG" or "STRING_AGG" or "GROUP_CONCAT" or "MODE" or "PERCENTILE_DISC";

    private static void Arity(FunctionExpr call, IReadOnlyList<SqlType> args, int min, int max)
    {
        if (args.Count < min || args.Count > max)
            throw SqlRefusals.At(SqlRefusals.Type, call.Position,
                $"{call.Name} takes {(min == max ? min.ToString() : $"{min} to {(max == int.MaxValue ? "any number of" : max.ToString())}")} arguments, not {args.Count}");
    }

    private static SqlType Numeric(FunctionExpr call, IReadOnlyList<SqlType> args, int min, int max)
    {
        Arity(call, args, min, max);
        if (!args[0].IsNumeric()) throw TypeError(call, "a number", args[0]);
        return args[0] == SqlType.Null ? SqlType.Number : args[0];
    }

    private static SqlType Round(FunctionExpr call, IReadOnlyList<SqlType> args)
    {
        Numeric(call, args, 1, 2);
        if (args.Count == 2) IntegerLiteral(call, 1, 0, 10);
        return args.Count == 1 && args[0] == SqlType.Integer ? SqlType.Integer : SqlType.Number;
    }

    private static SqlType Text(FunctionExpr call, IReadOnlyList<SqlType> args, int min, int max, SqlType result)
    {
        Arity(call, args, min, max);
        if (args[0] is not (SqlType.Text or SqlType.Null)) throw TypeError(call, "text", args[0]);
        return result;
    }

    private static SqlType Substring(FunctionExpr call, IReadOnlyList<SqlType> args)
    {
        Text(call, args, 2, 3, SqlType.Text);
        IntegerLiteral(call, 1, 1, 1_000_000);
        if (args.Count == 3) IntegerLiteral(call, 2, 0, 1_000_000);
        return SqlType.Text;
    }

    private static SqlType Same(FunctionExpr call, IReadOnlyList<SqlType> args, int min, int max = int.MaxValue)
    {
        Arity(call, args, min, max);
        var type = args[0];
        foreach (var arg in args.Skip(1))
            type = SqlTypes.Unify(type, arg) ?? throw TypeError(call, type.Describe(), arg);
        return type;
    }

    /// <summary>Literal arguments keep functions total: the backend never sees a negative length, say.</summary>
    private static void IntegerLiteral(FunctionExpr call, int index, int min, int max)
    {
        if (call.Args[index] is not LiteralExpr { Kind: LiteralKind.Number, Value: decimal value }
            || value != decimal.Truncate(value) || value < min || value > max)
            throw SqlRefusals.At(SqlRefusals.Type, call.Args[index].Position,
                $"Argument {index + 1} of {call.Name} must be a whole-number literal from {min} to {max}");
    }

    private static Kura.Core.KuraException TypeError(FunctionExpr call, string expected, SqlType actual) =>
        SqlRefusals.At(SqlRefusals.Type, call.Position, $"{call.Name} expects {expected}, not {actual.Describe()}");
}
