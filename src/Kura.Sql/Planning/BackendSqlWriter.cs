using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Dialects;

namespace Kura.Sql.Planning;

/// <summary>
/// Writes the backend SQL of a plan: a CTE of bounded rows (<c>__kura_rank ≤ m</c> per table, no window
/// function; or the rows of a per-person subquery), then one GROUP BY per part combined with UNION ALL: part 0
/// for the per-group measurements when there are any, one part per histogram. No LIMIT, ORDER BY or HAVING
/// reaches the backend: which groups exist is decided only after noise. Written so DuckDB keeps its fast
/// paths: clamps are plain CASE expressions, integer columns stay integers, and centred sums are formed from
/// the group's exact sum and count instead of per row.
/// </summary>
internal sealed partial class BackendSqlWriter
{
    private const string Bounded = "kura_bounded";
    private readonly ISqlDialect _dialect;
    private readonly BoundQuery _query;
    private readonly DpQueryPlan _plan;
    private readonly ExpressionWriter _writer;

    /// <summary>For each measurement, the measurement whose per-row column it aggregates (itself, or a sum of the same argument).</summary>
    private readonly int[] _column;

    public BackendSqlWriter(ISqlDialect dialect, BoundQuery query, DpQueryPlan plan)
    {
        (_dialect, _query, _plan) = (dialect, query, plan);
        _writer = new ExpressionWriter(dialect);
        _column = Enumerable.Range(0, plan.Measurements.Count).Select(SharedColumn).ToArray();
    }

    private string Q(string name) => _dialect.Identifier(name);

    private static string Key(int i) => "k" + i.ToString(CultureInfo.InvariantCulture);

    private string Value(int i) => Q("v" + _column[i].ToString(CultureInfo.InvariantCulture));

    public string Write()
    {
        var parts = new List<string>();
        if (_plan.ScalarCount > 0) parts.Add(MainPart());
        for (var i = 0; i < _plan.Measurements.Count; i++)
            if (_plan.Measurements[i].Kind == MeasurementKind.Histogram) parts.Add(HistogramPart(i));
        var (from, where) = _query.Derived is { } derived ? (PerPersonFrom(derived), OuterWhere()) : Relation(_query.Sources, _plan.RowsPerPerson, _query.Where, _writer);
        var sql = new StringBuilder();
        sql.Append("WITH ").Append(Q(Bounded)).Append(" AS (\n  SELECT ").AppendJoin(", ", BoundedColumns()).Append('\n');
        sql.Append("  FROM ").Append(from).Append('\n');
        if (where.Count > 0) sql.Append("  WHERE ").AppendJoin(" AND ", where).Append('\n');
        return sql.Append(")\n").AppendJoin("\nUNION ALL\n", parts).ToString();
    }

    /// <summary>
    /// The squares of a centred x, and a count of a bare column x, read the column of the sum of x when the plan
    /// has one: a clamped column is NULL exactly when the column is, so COUNT over it counts the rows the sum
    /// added. (A clamped expression can differ: x / y with y = 0 raw but clamped into bounds that exclude 0.)
    /// </summary>
    private int SharedColumn(int i)
    {
        var m = _plan.Measurements[i];
        if (m.Kind is not (MeasurementKind.ValueCount or MeasurementKind.SumOfSquares)) return i;
        if (m.Kind == MeasurementKind.ValueCount && m.Argument is not Syntax.BoundColumnExpr) return i;
        var text = Syntax.SqlPrinter.Expr(m.Argument!);
        for (var j = 0; j < _plan.Measurements.Count; j++)
        {
            var other = _plan.Measurements[j];
            if (other.Kind == MeasurementKind.Sum && Syntax.SqlPrinter.Expr(other.Argument!) == text
                && (m.Kind == MeasurementKind.ValueCount || other.Encoding == m.Encoding))
                return j;
        }
        return i;
    }

    private List<string> BoundedColumns()
    {
        var columns = _query.Keys.Select((k, i) => $"{_writer.Write(k.Expr, ValueContext.Raw)} AS {Q(Key(i))}").ToList();
        foreach (var source in _plan.Measurements.Where(m => m.Kind == MeasurementKind.PersonCount).Select(m => m.PersonSource).Distinct())
            columns.Add($"{PersonColumn(source)} AS {Person(source)}");
        for (var i = 0; i < _plan.Measurements.Count; i++)
            if (_column[i] == i && MeasuredValue(_plan.Measurements[i]) is { } value) columns.Add($"{value} AS {Value(i)}");
        if (columns.Count == 0) columns.Add($"1 AS {Q("one")}");
        return columns;
    }

    /// <summary>The person key of FROM entry <paramref name="index"/> (NULL where a LEFT JOIN found no row).</summary>
    private string PersonColumn(int index)
    {
        var source = Q(_writer.Alias(index));
        if (_query.Derived is { } derived) return $"{source}.{Q(derived.PersonColumn!.Name)}";
        var unit = _query.Dataset.Unit;
        return $"{source}.{Q(unit.IsRow ? VaultColumns.RowId : _query.Sources[index].Table.FindColumn(unit.Column!)!.Name)}";
    }

    private string Person(int source) => Q(source == 0 ? "p" : "p" + source.ToString(CultureInfo.InvariantCulture));

    private string? MeasuredValue(DpMeasurement m) => m.Kind switch
    {
        MeasurementKind.ValueCount => _writer.Write(m.Argument!, ValueContext.Raw),
        MeasurementKind.Sum or MeasurementKind.SumOfSquares => Scaled(_writer, m.Argument!, m.Encoding!),
        MeasurementKind.Histogram => Bin(m.Argument!, m.Histogram!),
        _ => null,
    };

    private string MainPart()
    {
        var columns = new List<string> { $"0 AS {Q("part")}" };
        columns.AddRange(KeyTexts());
        columns.Add($"CAST(NULL AS BIGINT) AS {Q("bin")}");
        for (var i = 0; i < _plan.Measurements.Count; i++)
            if (Aggregate(i) is { } aggregate) columns.Add($"{aggregate} AS {Q("m" + i.ToString(CultureInfo.InvariantCulture))}");
        columns.Add($"CAST(NULL AS BIGINT) AS {Q("cell")}");
        return Part(columns, _query.Keys.Select((_, i) => Q(Key(i))).ToList(), null);
    }

    /// <summary>
    /// The exact per-group aggregate of measurement i. A centred sum Σ(2v − c) is written 2·Σv − c·n with exact
    /// integer types, which equals it and keeps the per-row work to the clamp.
    /// </summary>
    private string? Aggregate(int i)
    {
        var m = _plan.Measurements[i];
        var v = Value(i);
        switch (m.Kind)
        {
            case MeasurementKind.RowCount: return "COUNT(*)";
            case MeasurementKind.PersonCount: return $"COUNT(DISTINCT {Person(m.PersonSource)})";
            case MeasurementKind.ValueCount: return $"COUNT({v})";
            case MeasurementKind.Sum when m.Encoding!.Centered:
                return $"(2 * {_dialect.ExactSum(v)} - {ExpressionWriter.Integer(m.Encoding.TwiceCenter)} * CAST(COUNT({v}) AS {_dialect.ExactIntegerType}))";
            case MeasurementKind.Sum: return _dialect.ExactSum(v);
            case MeasurementKind.SumOfSquares:
                var centred = $"(2 * {v} - {ExpressionWriter.Integer(m.Encoding!.TwiceCenter)})";
                return _dialect.ExactSum($"{centred} * {centred}");
            default: return null;
        }
    }

    private string HistogramPart(int measurement)
    {
        var v = Value(measurement);
        var columns = new List<string> { $"{measurement + 1} AS {Q("part")}" };
        columns.AddRange(KeyTexts());
        columns.Add(v);
        columns.AddRange(Enumerable.Repeat("NULL", _plan.ScalarCount));
        columns.Add("COUNT(*)");
        var groupBy = _query.Keys.Select((_, i) => Q(Key(i))).Append(v).ToList();
        return Part(columns, groupBy, $"{v} IS NOT NULL");
    }

    /// <summary>
    /// The group keys as text, cast once per group: reading text cannot fail, where reading a DATE beyond year 9999,
    /// an infinite date or a DECIMAL beyond .NET's range would throw for that one value (KeyText canonicalises it).
    /// </summary>
    private IEnumerable<string> KeyTexts() =>
        _query.Keys.Select((_, i) => $"{_dialect.Text(Q(Key(i)))} AS {Q("key" + i.ToString(CultureInfo.InvariantCulture))}");

    private string Part(List<string> columns, List<string> groupBy, string? where)
    {
        var part = new StringBuilder("SELECT ").AppendJoin(", ", columns).Append(" FROM ").Append(Q(Bounded));
        if (where is not null) part.Append(" WHERE ").Append(where);
        if (groupBy.Count > 0) part.Append(" GROUP BY ").AppendJoin(", ", groupBy);
        return part.ToString();
    }
}
