using System.Globalization;
using System.Text;

namespace Kura.Sql.Syntax;

/// <summary>
/// Prints a parsed statement back as canonical Kura SQL (for tests and diagnostics only; it is never sent to a
/// backend — backend SQL is written by the planner from the bound tree).
/// </summary>
internal static class SqlPrinter
{
    public static string Print(SelectStatement s)
    {
        var b = new StringBuilder("SELECT ");
        b.AppendJoin(", ", s.Items.Select(i => Expr(i.Expr) + (i.Alias is null ? "" : " AS " + Name(i.Alias))));
        b.Append(" FROM ").Append(Table(s.From));
        foreach (var join in s.Joins)
            b.Append(join.Kind == JoinKind.Left ? " LEFT JOIN " : " JOIN ").Append(Table(join.Table)).Append(" ON ").Append(Expr(join.On));
        if (s.Where is not null) b.Append(" WHERE ").Append(Expr(s.Where));
        if (s.GroupBy.Count > 0) b.Append(" GROUP BY ").AppendJoin(", ", s.GroupBy.Select(Expr));
        if (s.OrderBy.Count > 0) b.Append(" ORDER BY ").AppendJoin(", ", s.OrderBy.Select(o => Expr(o.Expr) + (o.Descending ? " DESC" : "")));
        if (s.Limit is { } limit) b.Append(" LIMIT ").Append(limit);
        if (s.Offset is { } offset) b.Append(" OFFSET ").Append(offset);
        return b.ToString();
    }

    private static string Table(TableRef t) =>
        (t.Subquery is not null ? "(" + Print(t.Subquery) + ")" : (t.Schema is null ? "" : Name(t.Schema) + ".") + Name(t.Name))
        + (t.Alias is null ? "" : " AS " + Name(t.Alias));

    private static string Name(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public static string Expr(SqlExpr e) => e switch
    {
        LiteralExpr l => Literal(l),
        ColumnExpr c => (c.Qualifier is null ? "" : Name(c.Qualifier) + ".") + Name(c.Name),
        BoundColumnExpr c => $"#{c.Source}." + Name(c.Column.Name),
        StarExpr => "*",
        UnaryExpr u => u.Op switch { UnaryOp.Not => "(NOT " + Expr(u.Operand) + ")", UnaryOp.Negate => "(-" + Expr(u.Operand) + ")", _ => "(+" + Expr(u.Operand) + ")" },
        BinaryExpr x => "(" + Expr(x.Left) + " " + Operator(x.Op) + " " + Expr(x.Right) + ")",
        BetweenExpr x => "(" + Expr(x.Value) + (x.Negated ? " NOT" : "") + " BETWEEN " + Expr(x.Low) + " AND " + Expr(x.High) + ")",
        InListExpr x => "(" + Expr(x.Value) + (x.Negated ? " NOT" : "") + " IN (" + string.Join(", ", x.Items.Select(Expr)) + "))",
        LikeExpr x => "(" + Expr(x.Value) + (x.Negated ? " NOT" : "") + (x.IgnoreCase ? " ILIKE " : " LIKE ") + Expr(x.Pattern)
            + (x.Escape is { } c ? " ESCAPE '" + (c == '\'' ? "''" : c.ToString()) + "'" : "") + ")",
        IsNullExpr x => "(" + Expr(x.Value) + (x.Negated ? " IS NOT NULL)" : " IS NULL)"),
        CaseExpr x => "CASE" + (x.Operand is null ? "" : " " + Expr(x.Operand))
            + string.Concat(x.Whens.Select(w => " WHEN " + Expr(w.When) + " THEN " + Expr(w.Then)))
            + (x.Else is null ? "" : " ELSE " + Expr(x.Else)) + " END",
        FunctionExpr f => f.Name + "(" + (f.Star ? "*" : (f.Distinct ? "DISTINCT " : "") + string.Join(", ", f.Args.Select(Expr))) + ")"
            + (f.WithinGroup is null ? "" : " WITHIN GROUP (ORDER BY " + Expr(f.WithinGroup) + ")"),
        ExtractExpr x => "EXTRACT(" + x.Part.ToString().ToUpperInvariant() + " FROM " + Expr(x.Source) + ")",
        _ => throw new InvalidOperationException("Unknown node " + e.GetType().Name),
    };

    private static string Literal(LiteralExpr l) => l.Kind switch
    {
        LiteralKind.Number => ((decimal)l.Value!).ToString(CultureInfo.InvariantCulture),
        LiteralKind.String => "'" + ((string)l.Value!).Replace("'", "''") + "'",
        LiteralKind.Date => "DATE '" + ((DateOnly)l.Value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        LiteralKind.Boolean => (bool)l.Value! ? "TRUE" : "FALSE",
        _ => "NULL",
    };

    public static string Operator(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+", BinaryOp.Subtract => "-", BinaryOp.Multiply => "*", BinaryOp.Divide => "/",
        BinaryOp.Modulo => "%", BinaryOp.Concat => "||", BinaryOp.Equal => "=", BinaryOp.NotEqual => "<>",
        BinaryOp.Less => "<", BinaryOp.LessOrEqual => "<=", BinaryOp.Greater => ">", BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.And => "AND", _ => "OR",
    };
}
