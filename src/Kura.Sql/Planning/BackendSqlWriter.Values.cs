using System.Numerics;
using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

internal sealed partial class BackendSqlWriter
{
    private static readonly BigInteger MaxBinProduct = BigInteger.Pow(2, 62);

    /// <summary>
    /// round(clamp(x)·scale) as a BIGINT limited to [⌊L·s⌋, ⌈U·s⌉] — the integers the sensitivity is computed
    /// from — so the bound holds however the double product rounds; |value| &lt; 2^50, NULL when x is NULL.
    /// Rounding is FLOOR(y + ½) because ROUND breaks ties differently on DuckDB and PostgreSQL.
    /// </summary>
    private string Scaled(ExpressionWriter writer, SqlExpr argument, ValueEncoding e)
    {
        if (e.Scale.IsOne && WholeColumn(argument, e.Lower, e.Upper) is { } column)
            return ExpressionWriter.IntegerClamp($"CAST({writer.Column(column)} AS BIGINT)", e.ScaledLower, e.ScaledUpper);
        var clamped = Clamped(writer, argument, e.Lower, e.Upper);
        var rounded = RoundToBigint(e.Scale.IsOne ? clamped : $"{clamped} * {writer.Double(e.Scale.ToString())}", writer);
        return ExpressionWriter.IntegerClamp(rounded, e.ScaledLower, e.ScaledUpper);
    }

    private static string RoundToBigint(string value, ExpressionWriter writer) => $"CAST(FLOOR({value} + {writer.Double("0.5")}) AS BIGINT)";

    /// <summary>An integer column whose bounds are whole numbers: clamped and binned in exact BIGINT arithmetic.</summary>
    private static BoundColumnExpr? WholeColumn(SqlExpr argument, decimal low, decimal high) =>
        argument is BoundColumnExpr { Column.Type: ColumnType.Integer } c && low == decimal.Truncate(low) && high == decimal.Truncate(high) ? c : null;

    /// <summary>The argument clamped to [low, high] as a double; a bare column is clamped once, an expression twice.</summary>
    private static string Clamped(ExpressionWriter writer, SqlExpr argument, decimal low, decimal high) => argument is BoundColumnExpr c
        ? writer.Clamp(writer.Double(writer.Column(c)), low, high, snapTiny: false)
        : writer.Clamp(writer.Write(argument, ValueContext.Clamped), low, high, snapTiny: false);

    /// <summary>
    /// The histogram bin 0..B−1 of x clamped to [L, U], NULL when x is NULL: unit bins hold round(x) − L;
    /// equal bins hold ⌊(x − L)·B / (U − L)⌋, in exact integers for integer columns.
    /// </summary>
    private string Bin(SqlExpr argument, HistogramEncoding h)
    {
        BigInteger low = new(h.Lower), high = new(h.Upper), width = high - low, last = h.Bins - 1;
        string L(BigInteger v) => ExpressionWriter.Integer(v);
        if (WholeColumn(argument, h.Lower, h.Upper) is { } column && (h.UnitBins || width * h.Bins < MaxBinProduct))
        {
            var x = $"CAST({_writer.Column(column)} AS BIGINT)";
            return h.UnitBins
                ? $"(CASE WHEN {x} < {L(low)} THEN 0 WHEN {x} > {L(high)} THEN {L(width)} ELSE {x} - {L(low)} END)"
                : $"(CASE WHEN {x} < {L(low)} THEN 0 WHEN {x} >= {L(high)} THEN {L(last)} ELSE {_dialect.IntegerDivide($"({x} - {L(low)}) * {h.Bins}", L(width))} END)";
        }
        var d = argument is BoundColumnExpr c ? _writer.Double(_writer.Column(c)) : _writer.Write(argument, ValueContext.Clamped);
        string l = _writer.Double(ExpressionWriter.Number(h.Lower)), u = _writer.Double(ExpressionWriter.Number(h.Upper));
        if (h.UnitBins)
            return $"(CASE WHEN {d} < {l} THEN 0 WHEN {d} > {u} THEN {L(width)} ELSE {RoundToBigint(d, _writer)} - {L(low)} END)";
        var factor = _writer.Double(ExpressionWriter.Number(h.Bins / (h.Upper - h.Lower)));
        // Rounding can put x just below U into bin B, so LEAST keeps it in B−1; NULL matches no WHEN and stays NULL.
        return $"(CASE WHEN {d} < {l} THEN 0 WHEN {d} < {u} THEN LEAST(CAST(FLOOR(({d} - {l}) * {factor}) AS BIGINT), {L(last)}) WHEN {d} >= {u} THEN {L(last)} END)";
    }
}
