using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>
/// Proves, from the query alone, that no arithmetic in the written SQL can overflow or underflow a double on
/// any backend (PostgreSQL raises on both), given that columns enter arithmetic limited to ±10^15 with
/// decimals below 10^-15 read as 0. A backend error would be an observable that depends on data, so a query
/// whose arithmetic cannot be proven safe is refused before it runs.
/// </summary>
internal static class ArithmeticSafety
{
    private const double Limit = 1e300;

    private readonly record struct Magnitude(double Max, double MinNonZero)
    {
        public static Magnitude Of(decimal v) => v == 0 ? new(0, double.PositiveInfinity) : new((double)Math.Abs(v), (double)Math.Abs(v));
        public Magnitude Join(Magnitude o) => new(Math.Max(Max, o.Max), Math.Min(MinNonZero, o.MinNonZero));
    }

    public static void Check(SqlExpr e, ValueContext ctx) => Visit(e, ctx);

    private static Magnitude Visit(SqlExpr e, ValueContext ctx)
    {
        var m = e switch
        {
            LiteralExpr { Kind: LiteralKind.Number, Value: decimal v } => Magnitude.Of(v),
            BoundColumnExpr c => Column(c, ctx),
            UnaryExpr u => Visit(u.Operand, u.Op == UnaryOp.Not ? ValueContext.Raw : Numeric(ctx)),
            BinaryExpr b => Binary(b, ctx),
            CaseExpr c => Case(c, ctx),
            ExtractExpr x => DatePart(x),
            FunctionExpr f => Function(f, ctx),
            BetweenExpr b => VisitAll([b.Value, b.Low, b.High]),
            InListExpr i => VisitAll([i.Value, .. i.Items]),
            LikeExpr l => VisitAll([l.Value]),
            IsNullExpr n => VisitAll([n.Value]),
            _ => new Magnitude(0, double.PositiveInfinity),
        };
        if (!(m.Max <= Limit) || m.MinNonZero < 1 / Limit)
            throw SqlRefusals.At(SqlRefusals.TooComplex, e.Position,
                "This arithmetic could overflow or underflow on some backends; simplify it (fewer nested products or divisions)");
        return m;
    }

    /// <summary>Date parts are whole numbers below 10^7 (years of any backend's date range).</summary>
    private static Magnitude DatePart(ExtractExpr x)
    {
        Visit(x.Source, ValueContext.Raw);
        return new Magnitude(1e7, 1);
    }

    private static ValueContext Numeric(ValueContext ctx) => ctx == ValueContext.Raw ? ValueContext.Arithmetic : ctx;

    private static Magnitude VisitAll(IEnumerable<SqlExpr> parts)
    {
        foreach (var part in parts) Visit(part, ValueContext.Raw);
        return new Magnitude(0, double.PositiveInfinity);
    }

    private static Magnitude Column(BoundColumnExpr c, ValueContext ctx)
    {
        var tiny = c.Column.Type == ColumnType.Integer ? 1 : 1e-15;
        return ctx == ValueContext.Clamped && c.Column.Bounds is { } b
            ? new Magnitude((double)Math.Max(Math.Abs(b.Lower), Math.Abs(b.Upper)), tiny)
            : new Magnitude((double)ExpressionWriter.ArithmeticLimit, tiny);
    }

    private static Magnitude Binary(BinaryExpr b, ValueContext ctx)
    {
        var arithmetic = b.Op is BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply or BinaryOp.Divide;
        var l = Visit(b.Left, arithmetic ? Numeric(ctx) : ValueContext.Raw);
        var r = Visit(b.Right, arithmetic ? Numeric(ctx) : ValueContext.Raw);
        return b.Op switch
        {
            // A nonzero difference of two doubles is at least one unit in the last place of the smaller.
            BinaryOp.Add or BinaryOp.Subtract => new(l.Max + r.Max, Math.Min(l.MinNonZero, r.MinNonZero) * 1e-16),
            BinaryOp.Multiply => new(l.Max * r.Max, l.MinNonZero * r.MinNonZero),
            BinaryOp.Divide => new(l.Max / r.MinNonZero, l.MinNonZero / Math.Max(r.Max, 1e-300)),
            _ => new(0, double.PositiveInfinity),
        };
    }

    private static Magnitude Case(CaseExpr c, ValueContext ctx)
    {
        if (c.Operand is not null) Visit(c.Operand, ValueContext.Raw);
        var m = new Magnitude(0, double.PositiveInfinity);
        foreach (var when in c.Whens)
        {
            Visit(when.When, ValueContext.Raw);
            m = m.Join(Visit(when.Then, ctx));
        }
        return c.Else is null ? m : m.Join(Visit(c.Else, ctx));
    }

    private static Magnitude Function(FunctionExpr f, ValueContext ctx)
    {
        switch (f.Name)
        {
            case "FLOOR" or "CEIL" or "CEILING" or "ROUND":
                var x = Visit(f.Args[0], Numeric(ctx));
                var digits = f.Args.Count > 1 ? (double)(decimal)((LiteralExpr)f.Args[1]).Value! : 0;
                return new(x.Max + 1, Math.Pow(10, -digits));
            case "ABS":
                return Visit(f.Args[0], Numeric(ctx));
            case "LENGTH":
                Visit(f.Args[0], ValueContext.Raw);
                return new(1e9, 1);
            case "LEAST" or "GREATEST" or "COALESCE" or "NULLIF":
                return f.Args.Select(a => Visit(a, ctx)).Aggregate((a, b) => a.Join(b));
            default:
                return VisitAll(f.Args);
        }
    }
}
