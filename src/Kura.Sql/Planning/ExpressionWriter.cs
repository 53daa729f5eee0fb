using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Dialects;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>How numeric columns are read where an expression is written.</summary>
internal enum ValueContext
{
    /// <summary>As stored (comparisons, LIKE, keys): no arithmetic, so no value can make the backend fail.</summary>
    Raw,
    /// <summary>Inside arithmetic: as a double limited to ±10^15 (decimals below 10^-15 read as 0), so no overflow.</summary>
    Arithmetic,
    /// <summary>Inside an aggregate's argument: clamped to the column's declared bounds.</summary>
    Clamped,
}

/// <summary>
/// Writes a bound expression as backend SQL. Names come from the catalog and are always quoted; literals are
/// escaped by the dialect; arithmetic is written so that it is total (never raises) on every backend.
/// </summary>
/// <param name="dialect">Target dialect.</param>
/// <param name="sourcePrefix">FROM entries are aliased prefix + index: <c>t</c> in the outer query, <c>s</c> inside a per-person subquery.</param>
internal sealed class ExpressionWriter(ISqlDialect dialect, string sourcePrefix = "t")
{
    public const decimal ArithmeticLimit = 1_000_000_000_000_000m;

    public string Column(BoundColumnExpr c) => dialect.Identifier(Alias(c.Source)) + "." + dialect.Identifier(c.Column.Name);

    /// <summary>The alias of FROM entry <paramref name="index"/>, unquoted.</summary>
    public string Alias(int index) => sourcePrefix + index.ToString(CultureInfo.InvariantCulture);

    public string Write(SqlExpr e, ValueContext ctx) => e switch
    {
        LiteralExpr l => Literal(l, ctx),
        BoundColumnExpr c => ColumnValue(c, ctx),
        UnaryExpr { Op: UnaryOp.Not } u => $"(NOT {Write(u.Operand, ValueContext.Raw)})",
        UnaryExpr { Op: UnaryOp.Negate } u => $"(-{Write(u.Operand, Numeric(ctx))})",
        UnaryExpr u => Write(u.Operand, ctx),
        BinaryExpr b => Binary(b, ctx),
        BetweenExpr b => $"({Write(b.Value, ValueContext.Raw)}{(b.Negated ? " NOT" : "")} BETWEEN {Write(b.Low, ValueContext.Raw)} AND {Write(b.High, ValueContext.Raw)})",
        InListExpr i => $"({Write(i.Value, ValueContext.Raw)}{(i.Negated ? " NOT" : "")} IN ({string.Join(", ", i.Items.Select(x => Write(x, ValueContext.Raw)))}))",
        LikeExpr l => Like(l),
        IsNullExpr n => $"({Write(n.Value, ValueContext.Raw)} IS {(n.Negated ? "NOT " : "")}NULL)",
        CaseExpr c => Case(c, ctx),
        ExtractExpr x => Extract(x, ctx),
        FunctionExpr f => Function(f, ctx),
        _ => throw KuraException.Internal("KURA-SQL-WRITER", $"Cannot write a {e.GetType().Name} node."),
    };

    private static ValueContext Numeric(ValueContext ctx) => ctx == ValueContext.Raw ? ValueContext.Arithmetic : ctx;

    private string Literal(LiteralExpr l, ValueContext ctx) => l.Kind switch
    {
        LiteralKind.Number when ctx == ValueContext.Raw => Number((decimal)l.Value!),
        LiteralKind.Number => Double(Number((decimal)l.Value!)),
        LiteralKind.String => dialect.StringLiteral((string)l.Value!),
        LiteralKind.Date => "DATE '" + ((DateOnly)l.Value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        LiteralKind.Boolean => (bool)l.Value! ? "TRUE" : "FALSE",
        _ => "NULL",
    };

    public static string Number(decimal value)
    {
        var text = (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return value < 0 ? "(" + text + ")" : text;
    }

    public string Double(string value) => $"CAST({value} AS {dialect.DoubleType})";

    private string ColumnValue(BoundColumnExpr c, ValueContext ctx)
    {
        var type = c.Column.Type;
        if (ctx == ValueContext.Raw || type is not (ColumnType.Integer or ColumnType.Decimal)) return Column(c);
        var (low, high) = ctx == ValueContext.Clamped
            ? (c.Column.Bounds?.Lower ?? throw KuraException.Internal("KURA-SQL-WRITER", "Clamping needs bounds."), c.Column.Bounds.Upper)
            : (-ArithmeticLimit, ArithmeticLimit);
        return Clamp(Double(Column(c)), low, high, snapTiny: type == ColumnType.Decimal);
    }

    /// <summary>
    /// v limited to [low, high] as a CASE, so NULL stays NULL (LEAST/GREATEST skip NULLs and would turn it into a
    /// bound); NaN compares above every number on every backend and reads as high. With snapTiny, |v| &lt; 10^-15
    /// reads as 0 so products cannot underflow.
    /// </summary>
    public string Clamp(string value, decimal low, decimal high, bool snapTiny)
    {
        string l = Double(Number(low)), h = Double(Number(high));
        var tiny = snapTiny ? $" WHEN ABS({value}) < {Double("1e-15")} THEN {Double("0")}" : "";
        return $"(CASE{tiny} WHEN {value} < {l} THEN {l} WHEN {value} > {h} THEN {h} ELSE {value} END)";
    }

    /// <summary>A BIGINT value limited to whole bounds [low, high], NULL kept: exact and cheap.</summary>
    public static string IntegerClamp(string value, System.Numerics.BigInteger low, System.Numerics.BigInteger high) =>
        $"(CASE WHEN {value} < {Integer(low)} THEN {Integer(low)} WHEN {value} > {Integer(high)} THEN {Integer(high)} ELSE {value} END)";

    /// <summary>An integer literal, parenthesised when negative.</summary>
    public static string Integer(System.Numerics.BigInteger value) =>
        value.Sign < 0 ? "(" + value.ToString(CultureInfo.InvariantCulture) + ")" : value.ToString(CultureInfo.InvariantCulture);

    private string Binary(BinaryExpr b, ValueContext ctx)
    {
        switch (b.Op)
        {
            case BinaryOp.And or BinaryOp.Or:
            case BinaryOp.Equal or BinaryOp.NotEqual or BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual:
            case BinaryOp.Concat:
                return $"({Write(b.Left, ValueContext.Raw)} {SqlPrinter.Operator(b.Op)} {Write(b.Right, ValueContext.Raw)})";
            case BinaryOp.Divide:
                return $"({Write(b.Left, Numeric(ctx))} / NULLIF({Write(b.Right, Numeric(ctx))}, 0))";
            default:
                return $"({Write(b.Left, Numeric(ctx))} {SqlPrinter.Operator(b.Op)} {Write(b.Right, Numeric(ctx))})";
        }
    }

    private string Like(LikeExpr l)
    {
        var pattern = CanonicalPattern((string)((LiteralExpr)l.Pattern).Value!, l.Escape);
        return $"({Write(l.Value, ValueContext.Raw)}{(l.Negated ? " NOT" : "")} {(l.IgnoreCase ? "ILIKE" : "LIKE")} "
            + $"{dialect.StringLiteral(pattern)} ESCAPE {dialect.StringLiteral("\\")})";
    }

    /// <summary>Rewrites a pattern with the user's escape character (or none) into one escaped by backslash, the same on every backend.</summary>
    internal static string CanonicalPattern(string pattern, char? escape)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (escape is { } e && c == e && i + 1 < pattern.Length) builder.Append('\\').Append(pattern[++i]);
            else if (c == '\\') builder.Append("\\\\");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private string Case(CaseExpr c, ValueContext ctx)
    {
        var builder = new StringBuilder("CASE");
        if (c.Operand is not null) builder.Append(' ').Append(Write(c.Operand, ValueContext.Raw));
        foreach (var when in c.Whens)
            builder.Append(" WHEN ").Append(Write(when.When, ValueContext.Raw)).Append(" THEN ").Append(Write(when.Then, ctx));
        if (c.Else is not null) builder.Append(" ELSE ").Append(Write(c.Else, ctx));
        return builder.Append(" END").ToString();
    }

    private string Extract(ExtractExpr x, ValueContext ctx)
    {
        var text = $"EXTRACT({x.Part.ToString().ToUpperInvariant()} FROM {Write(x.Source, ValueContext.Raw)})";
        return ctx == ValueContext.Raw ? text : Double(text);
    }

    private string Function(FunctionExpr f, ValueContext ctx)
    {
        string Arg(int i, ValueContext c) => Write(f.Args[i], c);
        string All(ValueContext c) => string.Join(", ", f.Args.Select(a => Write(a, c)));
        return f.Name switch
        {
            "FLOOR" => $"FLOOR({Arg(0, Numeric(ctx))})",
            "CEIL" or "CEILING" => $"CEIL({Arg(0, Numeric(ctx))})",
            "ABS" => $"ABS({Arg(0, Numeric(ctx))})",
            "ROUND" when f.Args.Count == 1 => $"ROUND({Arg(0, Numeric(ctx))})",
            "ROUND" => dialect.RoundDigits(Arg(0, Numeric(ctx)), (int)(decimal)((LiteralExpr)f.Args[1]).Value!),
            "SUBSTR" or "SUBSTRING" => $"SUBSTRING({All(ValueContext.Raw)})",
            "LENGTH" when ctx != ValueContext.Raw => Double($"LENGTH({Arg(0, ValueContext.Raw)})"),
            "LOWER" or "UPPER" or "TRIM" or "LENGTH" => $"{f.Name}({Arg(0, ValueContext.Raw)})",
            _ => $"{f.Name}({All(ctx)})",
        };
    }
}
