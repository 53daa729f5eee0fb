using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

internal sealed partial class Binder
{
    private AggregateCall BindAggregate(FunctionExpr f)
    {
        if (f.WithinGroup is not null && f.Name != "PERCENTILE_CONT")
            throw SqlRefusals.At(SqlRefusals.Syntax, f.Position, $"WITHIN GROUP applies to PERCENTILE_CONT only, not {f.Name}");
        if (f.Distinct && f.Name != "COUNT")
            throw SqlRefusals.NotSupported(f.Position, $"{f.Name}(DISTINCT …)", "aggregate all bounded rows.");
        return f.Name switch
        {
            "COUNT" => Count(f),
            "SUM" => Numeric(f, AggregateKind.Sum),
            "AVG" => Numeric(f, AggregateKind.Avg),
            "STDDEV" or "STDDEV_SAMP" => Numeric(f, AggregateKind.Stddev),
            "STDDEV_POP" => Numeric(f, AggregateKind.StddevPop),
            "VARIANCE" or "VAR_SAMP" => Numeric(f, AggregateKind.Variance),
            "VAR_POP" => Numeric(f, AggregateKind.VariancePop),
            "MEDIAN" => Numeric(f, AggregateKind.Percentile, 0.5m),
            "QUANTILE_CONT" => QuantileCont(f),
            _ => PercentileCont(f),
        };
    }

    private AggregateCall Count(FunctionExpr f)
    {
        if (f.Star) return new AggregateCall(AggregateKind.CountRows, null, SqlType.Null, null, f.Position);
        if (f.Args.Count != 1)
            throw SqlRefusals.At(SqlRefusals.Type, f.Position, "COUNT takes *, one expression, or DISTINCT person_key");
        if (!f.Distinct)
            return new AggregateCall(AggregateKind.CountValues, Scalar(f.Args[0]).Expr, SqlType.Null, null, f.Position);
        if (_dataset.Unit.IsRow)
            throw SqlRefusals.NotSupported(f.Position, "COUNT(DISTINCT …)", "in this dataset each row is one person, so COUNT(*) counts persons.");
        if (f.Args[0] is not ColumnExpr column)
            throw SqlRefusals.NotSupported(f.Args[0].Position, "COUNT(DISTINCT expression)", $"COUNT(DISTINCT {_dataset.Unit.Column}) counts persons.");
        var bound = ResolveColumn(column, ColumnUse.PersonCount);
        return new AggregateCall(AggregateKind.CountPersons, bound, SqlType.Text, null, f.Position);
    }

    private AggregateCall Numeric(FunctionExpr f, AggregateKind kind, decimal? percentile = null)
    {
        if (f.Star || f.Args.Count != 1)
            throw SqlRefusals.At(SqlRefusals.Type, f.Position, $"{f.Name} takes exactly one numeric expression");
        return NumericArgument(f, f.Args[0], kind, percentile);
    }

    private AggregateCall NumericArgument(FunctionExpr f, SqlExpr argument, AggregateKind kind, decimal? percentile)
    {
        var (bound, type) = Scalar(argument);
        if (type is not (SqlType.Integer or SqlType.Number))
            throw SqlRefusals.At(SqlRefusals.Type, argument.Position, $"{f.Name} needs a number, not a {type.Describe()}");
        return new AggregateCall(kind, bound, type, percentile, f.Position);
    }

    private AggregateCall PercentileCont(FunctionExpr f)
    {
        if (f.WithinGroup is null || f.Args.Count != 1)
            throw SqlRefusals.At(SqlRefusals.Syntax, f.Position, "Write PERCENTILE_CONT(p) WITHIN GROUP (ORDER BY x) with 0 < p < 1");
        return NumericArgument(f, f.WithinGroup, AggregateKind.Percentile, Fraction(f.Args[0]));
    }

    private AggregateCall QuantileCont(FunctionExpr f)
    {
        if (f.Args.Count != 2)
            throw SqlRefusals.At(SqlRefusals.Syntax, f.Position, "Write QUANTILE_CONT(x, p) with 0 < p < 1");
        return NumericArgument(f, f.Args[0], AggregateKind.Percentile, Fraction(f.Args[1]));
    }

    private static decimal Fraction(SqlExpr e) =>
        e is LiteralExpr { Kind: LiteralKind.Number, Value: decimal p } && p > 0 && p < 1
            ? p
            : throw SqlRefusals.At(SqlRefusals.Type, e.Position, "The percentile must be a number literal strictly between 0 and 1");
}
