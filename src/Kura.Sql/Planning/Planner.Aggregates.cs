using System.Numerics;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

internal sealed partial class Planner
{
    /// <summary>Most bins of a quantile histogram; whole-number ranges up to this size get one bin per value.</summary>
    public const int HistogramBins = 256;

    /// <summary>Largest scaled value of one row (2^50): sums of many rows stay exact in every backend.</summary>
    private static readonly BigInteger MaxScaledValue = BigInteger.Pow(2, 50);

    private AggregatePlan PlanAggregate(AggregateCall call)
    {
        switch (call.Kind)
        {
            case AggregateKind.CountRows:
                return new(call.Kind, Add(new DpMeasurement(MeasurementKind.RowCount, "COUNT(*)", 1, 1, 1, false) { Identity = "rows" }), null, null, null);
            case AggregateKind.CountPersons:
                return new(call.Kind, PersonCount((BoundColumnExpr)call.Argument!), null, null, null);
            case AggregateKind.CountValues:
                return new(call.Kind, ValueCount(call.Argument!), null, null, null);
            case AggregateKind.Sum:
                return new(call.Kind, Sum(call, centered: false), null, null, null);
            case AggregateKind.Avg:
                return new(call.Kind, Sum(call, centered: true), ValueCount(call.Argument!), null, null);
            case AggregateKind.Percentile:
                return new(call.Kind, Histogram(call), null, null, call.Percentile);
            default:
                var sum = Sum(call, centered: true);
                return new(call.Kind, sum, ValueCount(call.Argument!), Squares(call, _measurements[sum].Encoding!), null);
        }
    }

    private static string Text(SqlExpr e) => SqlPrinter.Expr(e);

    /// <summary>Persons with a row in the key's own table: through a LEFT JOIN, those the joined table has.</summary>
    private int PersonCount(BoundColumnExpr key)
    {
        var label = key.Source == 0 ? "COUNT(DISTINCT person)" : $"COUNT(DISTINCT {Text(key)})";
        return Add(new DpMeasurement(MeasurementKind.PersonCount, label, 1, 1, 1, false)
        { PersonSource = key.Source, Identity = "persons:" + key.Source.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private int ValueCount(SqlExpr argument) =>
        Add(new DpMeasurement(MeasurementKind.ValueCount, $"COUNT({Text(argument)})", 1, 1, 1, false)
        { Argument = argument, Identity = "count:" + Text(argument) });

    private int Sum(AggregateCall call, bool centered)
    {
        var encoding = Encode(call, centered);
        var label = $"SUM({Text(call.Argument!)}) clamped to [{encoding.Lower}, {encoding.Upper}] at scale {encoding.Scale}{(centered ? ", centred" : "")}";
        return Add(new DpMeasurement(MeasurementKind.Sum, label, 1, 1, 1, false)
        { Argument = call.Argument, Encoding = encoding, Identity = $"sum:{centered}:" + Text(call.Argument!) });
    }

    private int Squares(AggregateCall call, ValueEncoding encoding)
    {
        if (encoding.RowBound * encoding.RowBound >= BigInteger.Pow(2, 62))
            throw KuraException.Privacy(SqlRefusals.BoundsUnusable,
                $"The declared bounds of the {call.Kind.ToString().ToUpperInvariant()} argument at {call.Position} are too wide for exact sums of squares; narrow them.");
        return Add(new DpMeasurement(MeasurementKind.SumOfSquares, $"SUM of squares of centred {Text(call.Argument!)}", 1, 1, 1, false)
        { Argument = call.Argument, Encoding = encoding, Identity = "squares:" + Text(call.Argument!) });
    }

    private ValueEncoding Encode(AggregateCall call, bool centered)
    {
        var range = ValueRange.Of(call.Argument!, Name(call), _query.Dataset, _query.Derived is { } d ? d.DecimalsOf : null);
        var scale = BigInteger.Pow(10, Math.Min(range.Decimals, ValueRange.MaxDecimals));
        // Checked before scaling so the decimal product cannot overflow; then on the integers the SQL clamps to.
        var encoding = new ValueEncoding(range.Lower, range.Upper, scale, centered);
        if (range.MaxAbs >= (decimal)MaxScaledValue / (decimal)scale || BigInteger.Max(-encoding.ScaledLower, encoding.ScaledUpper) >= MaxScaledValue)
            throw KuraException.Privacy(SqlRefusals.BoundsUnusable,
                $"The declared bounds of the {Name(call)} argument at {call.Position} are too wide for exact integer sums at scale {scale}; narrow them or use fewer decimals.");
        return encoding;
    }

    private int Histogram(AggregateCall call)
    {
        var range = ValueRange.Of(call.Argument!, Name(call), _query.Dataset, _query.Derived is { } d ? d.DecimalsOf : null);
        var width = range.Upper - range.Lower;
        if (width <= 0)
            throw KuraException.Privacy(SqlRefusals.BoundsUnusable,
                $"A percentile needs declared bounds with LOW < HIGH; the argument at {call.Position} has a single value.");
        var unit = call.ArgumentType == SqlType.Integer && range.Decimals == 0 && width + 1 <= HistogramBins;
        var histogram = unit
            ? new HistogramEncoding(range.Lower, range.Upper, (int)width + 1, true)
            : new HistogramEncoding(range.Lower, range.Upper, HistogramBins, false);
        var label = $"histogram of {Text(call.Argument!)} over [{range.Lower}, {range.Upper}] in {histogram.Bins} bins";
        return Add(new DpMeasurement(MeasurementKind.Histogram, label, 1, 1, histogram.Bins, false)
        { Argument = call.Argument, Histogram = histogram, Identity = "histogram:" + Text(call.Argument!) });
    }

    private static string Name(AggregateCall call) => call.Kind switch
    {
        AggregateKind.Percentile => "PERCENTILE_CONT",
        AggregateKind.Stddev or AggregateKind.StddevPop => "STDDEV",
        AggregateKind.Variance or AggregateKind.VariancePop => "VARIANCE",
        _ => call.Kind.ToString().ToUpperInvariant(),
    };
}
