using System.Globalization;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Dialects;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>
/// Writes a bound expression as backend SQL. Names come from the catalog and are always quoted; literals are
/// escaped by the dialect.
/// </summary>
/// <remarks>
/// Totality: a backend error is observable and could hinge on one person's value (a CASE aimed at one row), so no
/// row-level expression of a query may raise. First, by types: no stored value is ever converted to a type it may
/// not fit. Numbers the backend unifies are written in <see cref="ValueContext.Compared"/> (decimal columns as
/// DOUBLE; BIGINTs against literals of at most 18 digits and 18 places fit DECIMAL(37, 18)); arithmetic runs on
/// doubles that <see cref="ArithmeticSafety"/> proves in range; functions take only checked literal arguments; a
/// BIGINT, DECIMAL or DOUBLE column always converts to DOUBLE; BackendSqlWriter clamps a scaled value before it
/// becomes a BIGINT and returns keys as text. Second, as defence in depth: a query's expressions reach backend SQL
/// only through <see cref="Write"/> (BackendSqlWriter also names bare columns), which emits an expression that
/// converts nothing (<see cref="CannotRaise"/>) as it is and any other inside <see cref="ISqlDialect.Total"/>
/// (DuckDB's TRY: NULL where it would raise). TRY is not the guarantee: DuckDB 1.5.6 may evaluate a subexpression
/// shared by several guarded expressions once, outside them (common-subexpression elimination).
/// </remarks>
/// <param name="dialect">Target dialect.</param>
/// <param name="sourcePrefix">FROM entries are aliased prefix + index: <c>t</c> in the outer query, <c>s</c> inside a per-person subquery.</param>
internal sealed partial class ExpressionWriter(ISqlDialect dialect, string sourcePrefix = "t")
{
    public const decimal ArithmeticLimit = 1_000_000_000_000_000m;

    public string Column(BoundColumnExpr c) => dialect.Identifier(Alias(c.Source)) + "." + dialect.Identifier(c.Column.Name);

    /// <summary>The alias of FROM entry <paramref name="index"/>, unquoted.</summary>
    public string Alias(int index) => sourcePrefix + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The expression as backend SQL that raises on no row (see the class remarks).</summary>
    public string Write(SqlExpr e, ValueContext ctx)
    {
        var sql = Node(e, ctx);
        return CannotRaise(e) ? sql : dialect.Total(sql);
    }

    /// <summary>
    /// True when no stored value can make the expression raise, because it converts none (or a number only to
    /// DOUBLE): a column (as stored, or as a clamped double) or a literal; IS NULL of one; comparisons, IN, BETWEEN and LIKE over text, date and
    /// boolean columns and non-numeric literals; AND, OR and NOT of these.
    /// </summary>
    internal static bool CannotRaise(SqlExpr e) => e switch
    {
        BoundColumnExpr or LiteralExpr => true,
        IsNullExpr n => n.Value is BoundColumnExpr or LiteralExpr,
        UnaryExpr { Op: UnaryOp.Not } u => CannotRaise(u.Operand),
        BinaryExpr { Op: BinaryOp.And or BinaryOp.Or } b => CannotRaise(b.Left) && CannotRaise(b.Right),
        BinaryExpr { Op: BinaryOp.Equal or BinaryOp.NotEqual or BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual } b =>
            NotNumeric(b.Left) && NotNumeric(b.Right),
        InListExpr i => NotNumeric(i.Value) && i.Items.All(NotNumeric),
        BetweenExpr b => NotNumeric(b.Value) && NotNumeric(b.Low) && NotNumeric(b.High),
        LikeExpr l => NotNumeric(l.Value),
        _ => false,
    };

    private static bool NotNumeric(SqlExpr e) =>
        e is BoundColumnExpr { Column.Type: not (ColumnType.Integer or ColumnType.Decimal) } or LiteralExpr { Kind: not LiteralKind.Number };

    private string Node(SqlExpr e, ValueContext ctx) => e switch
    {
        LiteralExpr l => Literal(l, ctx),
        BoundColumnExpr c => ColumnValue(c, ctx),
        UnaryExpr { Op: UnaryOp.Not } u => $"(NOT {Node(u.Operand, ValueContext.Raw)})",
        UnaryExpr { Op: UnaryOp.Negate } u => $"(-{Node(u.Operand, Numeric(ctx))})",
        UnaryExpr u => Node(u.Operand, ctx),
        BinaryExpr b => Binary(b, ctx),
        BetweenExpr b => $"({Node(b.Value, ValueContext.Compared)}{(b.Negated ? " NOT" : "")} BETWEEN {Node(b.Low, ValueContext.Compared)} AND {Node(b.High, ValueContext.Compared)})",
        InListExpr i => $"({Node(i.Value, ValueContext.Compared)}{(i.Negated ? " NOT" : "")} IN ({string.Join(", ", i.Items.Select(x => Node(x, ValueContext.Compared)))}))",
        LikeExpr l => Like(l),
        IsNullExpr n => $"({Node(n.Value, ValueContext.Raw)} IS {(n.Negated ? "NOT " : "")}NULL)",
        CaseExpr c => Case(c, ctx),
        ExtractExpr x => Extract(x, ctx),
        FunctionExpr f => Function(f, ctx),
        _ => throw KuraException.Internal("KURA-SQL-WRITER", $"Cannot write a {e.GetType().Name} node."),
    };

    private static bool Exact(ValueContext ctx) => ctx is ValueContext.Raw or ValueContext.Compared;

    private static ValueContext Numeric(ValueContext ctx) => Exact(ctx) ? ValueContext.Arithmetic : ctx;

    /// <summary>The context of values the backend unifies with one another (CASE results, COALESCE arguments …).</summary>
    private static ValueContext Unified(ValueContext ctx) => ctx == ValueContext.Raw ? ValueContext.Compared : ctx;

    private string Literal(LiteralExpr l, ValueContext ctx) => l.Kind switch
    {
        LiteralKind.Number when Exact(ctx) => Number((decimal)l.Value!),
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
        if (ctx == ValueContext.Compared) return type == ColumnType.Decimal ? Double(Column(c)) : Column(c);
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
}
