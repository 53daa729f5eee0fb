using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>
/// The declared (never data-derived) interval of an aggregate's argument, by interval arithmetic over the
/// columns' declared bounds, and the decimal places kept when values are scaled to integers.
/// </summary>
internal sealed record ValueRange(decimal Lower, decimal Upper, int Decimals)
{
    /// <summary>Most decimal places kept in exact sums; finer digits are rounded away.</summary>
    public const int MaxDecimals = 6;

    /// <param name="arg">A bound aggregate argument.</param>
    /// <param name="aggregate">The aggregate's name, for messages.</param>
    /// <param name="dataset">The dataset, for messages.</param>
    /// <param name="decimalsOf">Decimal places of columns whose precision is not that of their bounds (per-person values).</param>
    public static ValueRange Of(SqlExpr arg, string aggregate, Dataset dataset, Func<Column, int?>? decimalsOf = null)
    {
        try { return new Analysis(aggregate, dataset, decimalsOf).Range(arg); }
        catch (OverflowException)
        {
            throw KuraException.Privacy(SqlRefusals.BoundsUnusable,
                $"The declared bounds make the range of the {aggregate} argument at {arg.Position} too large; narrow the bounds.");
        }
    }

    public decimal MaxAbs => Math.Max(Math.Abs(Lower), Math.Abs(Upper));

    private sealed class Analysis(string aggregate, Dataset dataset, Func<Column, int?>? decimalsOf)
    {
        public ValueRange Range(SqlExpr e) => e switch
        {
            BoundColumnExpr c => Column(c),
            LiteralExpr { Kind: LiteralKind.Number, Value: decimal v } => new(v, v, Places(v)),
            LiteralExpr { Kind: LiteralKind.Null } => new(0, 0, 0),
            UnaryExpr { Op: UnaryOp.Negate } u => Negate(Range(u.Operand)),
            UnaryExpr { Op: UnaryOp.Plus } u => Range(u.Operand),
            BinaryExpr b => Binary(b),
            CaseExpr c => Union(c.Whens.Select(w => w.Then).Concat(c.Else is null ? [] : [c.Else])),
            ExtractExpr x => x.Part switch
            {
                DatePart.Quarter => new(1, 4, 0),
                DatePart.Month => new(1, 12, 0),
                DatePart.Day => new(1, 31, 0),
                _ => throw Unbounded(x.Position, "EXTRACT(YEAR …)"),
            },
            FunctionExpr f => Function(f),
            _ => throw Unbounded(e.Position, "this expression"),
        };

        private ValueRange Column(BoundColumnExpr c)
        {
            var bounds = c.Column.Bounds ?? throw KuraException.Privacy(SqlRefusals.BoundsMissing,
                $"{aggregate} over column {c.Table.Name}.{c.Column.Name} (at {c.Position}) needs declared bounds, and none are declared. " +
                $"Ask the steward to declare them: kura dataset bounds {dataset.Name} {c.Table.Name}.{c.Column.Name}=LOW:HIGH");
            return new(bounds.Lower, bounds.Upper, decimalsOf?.Invoke(c.Column) ?? Math.Max(Places(bounds.Lower), Places(bounds.Upper)));
        }

        private ValueRange Binary(BinaryExpr b)
        {
            var l = Range(b.Left);
            var r = Range(b.Right);
            switch (b.Op)
            {
                case BinaryOp.Add: return new(l.Lower + r.Lower, l.Upper + r.Upper, Math.Max(l.Decimals, r.Decimals));
                case BinaryOp.Subtract: return new(l.Lower - r.Upper, l.Upper - r.Lower, Math.Max(l.Decimals, r.Decimals));
                case BinaryOp.Multiply:
                    decimal[] p = [l.Lower * r.Lower, l.Lower * r.Upper, l.Upper * r.Lower, l.Upper * r.Upper];
                    return new(p.Min(), p.Max(), l.Decimals + r.Decimals);
                case BinaryOp.Divide when b.Right is LiteralExpr { Value: decimal d } && d != 0:
                    decimal[] q = [l.Lower / d, l.Upper / d];
                    return new(q.Min(), q.Max(), MaxDecimals);
                default:
                    throw Unbounded(b.Position, $"'{SqlPrinter.Operator(b.Op)}' with a non-constant divisor");
            }
        }

        private ValueRange Function(FunctionExpr f)
        {
            var args = f.Args.Select(Range).ToList();
            switch (f.Name)
            {
                case "FLOOR" or "CEIL" or "CEILING" or "ROUND" when args.Count == 1:
                    return new(Math.Floor(args[0].Lower), Math.Ceiling(args[0].Upper), 0);
                case "ROUND":
                    var digits = (int)(decimal)((LiteralExpr)f.Args[1]).Value!;
                    return new(Math.Floor(args[0].Lower), Math.Ceiling(args[0].Upper), digits);
                case "ABS":
                    var a = args[0];
                    var low = a.Lower <= 0 && a.Upper >= 0 ? 0 : Math.Min(Math.Abs(a.Lower), Math.Abs(a.Upper));
                    return new(low, a.MaxAbs, a.Decimals);
                case "LEAST" or "GREATEST" or "COALESCE" or "NULLIF":
                    return Union(f.Name == "NULLIF" ? f.Args.Take(1) : f.Args);
                default:
                    throw Unbounded(f.Position, f.Name);
            }
        }

        private ValueRange Union(IEnumerable<SqlExpr> parts)
        {
            var ranges = parts.Select(Range).ToList();
            return ranges.Count == 0 ? new(0, 0, 0)
                : new(ranges.Min(r => r.Lower), ranges.Max(r => r.Upper), ranges.Max(r => r.Decimals));
        }

        private static ValueRange Negate(ValueRange r) => new(-r.Upper, -r.Lower, r.Decimals);

        private KuraException Unbounded(SourcePosition at, string what) =>
            KuraException.Privacy(SqlRefusals.BoundsMissing,
                $"{aggregate} needs an argument with declared bounds, and {what} at {at} has none; aggregate a bounded numeric column " +
                "(declare bounds with: kura dataset bounds DATASET TABLE.COLUMN=LOW:HIGH)");
    }

    /// <summary>Decimal places of a value, ignoring trailing zeros.</summary>
    public static int Places(decimal value) => (value / 1.0000000000000000000000000000m).Scale;
}
