using System.Globalization;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

internal sealed partial class Binder
{
    /// <summary>Binds a scalar expression (no aggregates) and returns it with its static type.</summary>
    private (SqlExpr Expr, SqlType Type) Scalar(SqlExpr e) => e switch
    {
        LiteralExpr l => (l, LiteralType(l)),
        ColumnExpr c => Column(c),
        UnaryExpr u => Unary(u),
        BinaryExpr b => Binary(b),
        BetweenExpr b => Between(b),
        InListExpr i => InList(i),
        LikeExpr l => Like(l),
        IsNullExpr n => (n with { Value = Scalar(n.Value).Expr }, SqlType.Boolean),
        CaseExpr c => Case(c),
        ExtractExpr x => Extract(x.Part, x.Source, x.Position),
        FunctionExpr f => Function(f),
        _ => throw SqlRefusals.At(SqlRefusals.Unsupported, e.Position, "This expression is not supported here"),
    };

    private (SqlExpr, SqlType) Column(ColumnExpr c)
    {
        var bound = ResolveColumn(c, ColumnUse.Value);
        return (bound, SqlTypes.Of(bound.Column.Type));
    }

    private static SqlType LiteralType(LiteralExpr l) => l.Kind switch
    {
        LiteralKind.Number => (decimal)l.Value! == decimal.Truncate((decimal)l.Value!) ? SqlType.Integer : SqlType.Number,
        LiteralKind.String => SqlType.Text,
        LiteralKind.Date => SqlType.Date,
        LiteralKind.Boolean => SqlType.Boolean,
        _ => SqlType.Null,
    };

    private SqlExpr Condition(SqlExpr e, string where)
    {
        var (bound, type) = Scalar(e);
        if (type is not (SqlType.Boolean or SqlType.Null))
            throw SqlRefusals.At(SqlRefusals.Type, e.Position, $"{where} needs a true/false condition, not a {type.Describe()}");
        return bound;
    }

    private (SqlExpr, SqlType) Unary(UnaryExpr u)
    {
        if (u.Op == UnaryOp.Not) return (u with { Operand = Condition(u.Operand, "NOT") }, SqlType.Boolean);
        var (operand, type) = Scalar(u.Operand);
        if (!type.IsNumeric()) throw Mismatch(u.Position, "a number", type);
        return (u with { Operand = operand }, type == SqlType.Null ? SqlType.Number : type);
    }

    private (SqlExpr, SqlType) Binary(BinaryExpr b)
    {
        switch (b.Op)
        {
            case BinaryOp.And or BinaryOp.Or:
                var name = b.Op.ToString().ToUpperInvariant();
                return (b with { Left = Condition(b.Left, name), Right = Condition(b.Right, name) }, SqlType.Boolean);
            case BinaryOp.Equal or BinaryOp.NotEqual or BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual:
                var (left, right, _) = Comparable(b.Left, b.Right, b.Position);
                return (b with { Left = left, Right = right }, SqlType.Boolean);
            case BinaryOp.Concat:
                var (l, lt) = Scalar(b.Left);
                var (r, rt) = Scalar(b.Right);
                if (lt is not (SqlType.Text or SqlType.Null) || rt is not (SqlType.Text or SqlType.Null))
                    throw Mismatch(b.Position, "text on both sides of ||", lt is SqlType.Text ? rt : lt);
                return (b with { Left = l, Right = r }, SqlType.Text);
            case BinaryOp.Modulo:
                throw SqlRefusals.NotSupported(b.Position, "The % operator", "use FLOOR(x / n) to bin values.");
            default:
                return Arithmetic(b);
        }
    }

    private (SqlExpr, SqlType) Arithmetic(BinaryExpr b)
    {
        var (left, lt) = Scalar(b.Left);
        var (right, rt) = Scalar(b.Right);
        if (!lt.IsNumeric() || !rt.IsNumeric())
            throw Mismatch(b.Position, $"numbers on both sides of '{SqlPrinter.Operator(b.Op)}'", lt.IsNumeric() ? rt : lt);
        var type = b.Op != BinaryOp.Divide && lt == SqlType.Integer && rt == SqlType.Integer ? SqlType.Integer : SqlType.Number;
        return (b with { Left = left, Right = right }, type);
    }

    /// <summary>Binds two operands that are compared; a 'YYYY-MM-DD' text literal facing a date becomes a date.</summary>
    private (SqlExpr Left, SqlExpr Right, SqlType Type) Comparable(SqlExpr a, SqlExpr b, SourcePosition at)
    {
        var (left, lt) = Scalar(a);
        var (right, rt) = Scalar(b);
        if (lt == SqlType.Date && rt == SqlType.Text) (right, rt) = (AsDate(right), SqlType.Date);
        if (rt == SqlType.Date && lt == SqlType.Text) (left, lt) = (AsDate(left), SqlType.Date);
        var type = SqlTypes.Unify(lt, rt)
            ?? throw SqlRefusals.At(SqlRefusals.Type, at, $"Cannot compare a {lt.Describe()} with a {rt.Describe()}");
        return (left, right, type);
    }

    private static LiteralExpr AsDate(SqlExpr e)
    {
        if (e is LiteralExpr { Kind: LiteralKind.String, Value: string text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new LiteralExpr(LiteralKind.Date, date, e.Position);
        throw SqlRefusals.At(SqlRefusals.Type, e.Position, "Text compared with a date must be a literal 'YYYY-MM-DD' (or DATE 'YYYY-MM-DD')");
    }

    private (SqlExpr, SqlType) Between(BetweenExpr b)
    {
        var (value, low, _) = Comparable(b.Value, b.Low, b.Position);
        var (value2, high, _) = Comparable(b.Value, b.High, b.Position);
        _ = value2;
        return (b with { Value = value, Low = low, High = high }, SqlType.Boolean);
    }

    private (SqlExpr, SqlType) InList(InListExpr i)
    {
        var items = new List<SqlExpr>();
        SqlExpr value = i.Value;
        foreach (var item in i.Items)
        {
            var (boundValue, boundItem, _) = Comparable(i.Value, item, item.Position);
            value = boundValue;
            items.Add(boundItem);
        }
        return (i with { Value = value, Items = items }, SqlType.Boolean);
    }

    private (SqlExpr, SqlType) Like(LikeExpr l)
    {
        var (value, type) = Scalar(l.Value);
        if (type is not (SqlType.Text or SqlType.Null)) throw Mismatch(l.Position, "text before LIKE", type);
        if (l.Pattern is not LiteralExpr { Kind: LiteralKind.String })
            throw SqlRefusals.At(SqlRefusals.Type, l.Pattern.Position, "The LIKE pattern must be a string literal");
        return (l with { Value = value }, SqlType.Boolean);
    }

    private (SqlExpr, SqlType) Case(CaseExpr c)
    {
        SqlExpr? operand = null;
        var whens = new List<CaseWhen>();
        var type = SqlType.Null;
        foreach (var when in c.Whens)
        {
            SqlExpr condition;
            if (c.Operand is null) condition = Condition(when.When, "CASE WHEN");
            else (operand, condition, _) = Comparable(c.Operand, when.When, when.When.Position);
            var (then, thenType) = Scalar(when.Then);
            type = SqlTypes.Unify(type, thenType) ?? throw Mismatch(when.Then.Position, $"a {type.Describe()} like the other branches", thenType);
            whens.Add(new CaseWhen(condition, then));
        }
        SqlExpr? otherwise = null;
        if (c.Else is not null)
        {
            (otherwise, var elseType) = Scalar(c.Else);
            type = SqlTypes.Unify(type, elseType) ?? throw Mismatch(c.Else.Position, $"a {type.Describe()} like the other branches", elseType);
        }
        return (new CaseExpr(operand, whens, otherwise, c.Position), type);
    }

    private (SqlExpr, SqlType) Extract(DatePart part, SqlExpr source, SourcePosition at)
    {
        var (bound, type) = Scalar(source);
        if (type is not (SqlType.Date or SqlType.Null)) throw Mismatch(at, "a date", type);
        return (new ExtractExpr(part, bound, at), SqlType.Integer);
    }

    private (SqlExpr, SqlType) Function(FunctionExpr f)
    {
        if (ScalarFunctions.Aggregates.Contains(f.Name))
            throw SqlRefusals.At(SqlRefusals.NonAggregate, f.Position,
                $"Aggregate {f.Name} may appear only as a whole select item (not in WHERE, GROUP BY or inside an expression); compute combinations from the released values");
        if (f.Args.Count == 1 && Parser.ParseDatePart(f.Name) is { } part) return Extract(part, f.Args[0], f.Position);
        var args = f.Args.Select(Scalar).ToList();
        var type = ScalarFunctions.Check(f, args.Select(a => a.Type).ToList());
        return (f with { Args = args.Select(a => a.Expr).ToList() }, type);
    }

    private static Kura.Core.KuraException Mismatch(SourcePosition at, string expected, SqlType actual) =>
        SqlRefusals.At(SqlRefusals.Type, at, $"Expected {expected}, found a {actual.Describe()}");
}
