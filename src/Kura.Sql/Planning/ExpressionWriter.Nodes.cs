using System.Text;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>The writers of compound nodes: operators, LIKE, CASE, EXTRACT and scalar functions.</summary>
internal sealed partial class ExpressionWriter
{
    private string Binary(BinaryExpr b, ValueContext ctx)
    {
        switch (b.Op)
        {
            case BinaryOp.And or BinaryOp.Or or BinaryOp.Concat:
                return $"({Node(b.Left, ValueContext.Raw)} {SqlPrinter.Operator(b.Op)} {Node(b.Right, ValueContext.Raw)})";
            case BinaryOp.Equal or BinaryOp.NotEqual or BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual:
                return $"({Node(b.Left, ValueContext.Compared)} {SqlPrinter.Operator(b.Op)} {Node(b.Right, ValueContext.Compared)})";
            case BinaryOp.Divide:
                return $"({Node(b.Left, Numeric(ctx))} / NULLIF({Node(b.Right, Numeric(ctx))}, 0))";
            default:
                return $"({Node(b.Left, Numeric(ctx))} {SqlPrinter.Operator(b.Op)} {Node(b.Right, Numeric(ctx))})";
        }
    }

    private string Like(LikeExpr l)
    {
        var pattern = CanonicalPattern((string)((LiteralExpr)l.Pattern).Value!, l.Escape);
        return $"({Node(l.Value, ValueContext.Raw)}{(l.Negated ? " NOT" : "")} {(l.IgnoreCase ? "ILIKE" : "LIKE")} "
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
        // With an operand, each WHEN is a value compared with it; without, a condition (Compared leaves it as is).
        if (c.Operand is not null) builder.Append(' ').Append(Node(c.Operand, ValueContext.Compared));
        foreach (var when in c.Whens)
            builder.Append(" WHEN ").Append(Node(when.When, ValueContext.Compared)).Append(" THEN ").Append(Node(when.Then, Unified(ctx)));
        if (c.Else is not null) builder.Append(" ELSE ").Append(Node(c.Else, Unified(ctx)));
        return builder.Append(" END").ToString();
    }

    private string Extract(ExtractExpr x, ValueContext ctx)
    {
        var text = $"EXTRACT({x.Part.ToString().ToUpperInvariant()} FROM {Node(x.Source, ValueContext.Raw)})";
        return Exact(ctx) ? text : Double(text);
    }

    private string Function(FunctionExpr f, ValueContext ctx)
    {
        string Arg(int i, ValueContext c) => Node(f.Args[i], c);
        string All(ValueContext c) => string.Join(", ", f.Args.Select(a => Node(a, c)));
        return f.Name switch
        {
            "FLOOR" => $"FLOOR({Arg(0, Numeric(ctx))})",
            "CEIL" or "CEILING" => $"CEIL({Arg(0, Numeric(ctx))})",
            "ABS" => $"ABS({Arg(0, Numeric(ctx))})",
            "ROUND" when f.Args.Count == 1 => $"ROUND({Arg(0, Numeric(ctx))})",
            "ROUND" => dialect.RoundDigits(Arg(0, Numeric(ctx)), (int)(decimal)((LiteralExpr)f.Args[1]).Value!),
            "SUBSTR" or "SUBSTRING" => $"SUBSTRING({All(ValueContext.Raw)})",
            "LENGTH" when !Exact(ctx) => Double($"LENGTH({Arg(0, ValueContext.Raw)})"),
            "LOWER" or "UPPER" or "TRIM" or "LENGTH" => $"{f.Name}({Arg(0, ValueContext.Raw)})",
            _ => $"{f.Name}({All(Unified(ctx))})",
        };
    }
}
