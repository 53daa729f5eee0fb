using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Dialects;

namespace Kura.Sql.Planning;

/// <summary>
/// Writes the backend SQL of a plan: a CTE of bounded rows (<c>__kura_rank ≤ m</c> per table, no window
/// function), then one GROUP BY per part combined with UNION ALL. No LIMIT, ORDER BY or HAVING reaches the
/// backend: which groups exist is decided only after noise.
/// </summary>
internal sealed class BackendSqlWriter(ISqlDialect dialect, BoundQuery query, DpQueryPlan plan)
{
    private const string Bounded = "kura_bounded";
    private readonly ExpressionWriter _writer = new(dialect);

    private string Q(string name) => dialect.Identifier(name);

    private static string Key(int i) => "k" + i.ToString(CultureInfo.InvariantCulture);

    private static string Value(int i) => "v" + i.ToString(CultureInfo.InvariantCulture);

    public string Write()
    {
        var sql = new StringBuilder();
        sql.Append("WITH ").Append(Q(Bounded)).Append(" AS (\n  SELECT ").AppendJoin(", ", BoundedColumns()).Append('\n');
        sql.Append("  FROM ").Append(From()).Append('\n');
        var where = Where();
        if (where.Count > 0) sql.Append("  WHERE ").AppendJoin(" AND ", where).Append('\n');
        sql.Append(")\n").Append(MainPart());
        for (var i = 0; i < plan.Measurements.Count; i++)
            if (plan.Measurements[i].Kind == Planning.MeasurementKind.Histogram) sql.Append("\nUNION ALL\n").Append(HistogramPart(i));
        return sql.ToString();
    }

    private List<string> BoundedColumns()
    {
        var columns = query.Keys.Select((k, i) => $"{_writer.Write(k.Expr, ValueContext.Raw)} AS {Q(Key(i))}").ToList();
        if (plan.Measurements.Any(m => m.Kind == Planning.MeasurementKind.PersonCount))
            columns.Add($"{PersonColumn()} AS {Q("p")}");
        for (var i = 0; i < plan.Measurements.Count; i++)
            if (MeasuredValue(plan.Measurements[i]) is { } value) columns.Add($"{value} AS {Q(Value(i))}");
        if (columns.Count == 0) columns.Add($"1 AS {Q("one")}");
        return columns;
    }

    private string PersonColumn()
    {
        var unit = query.Dataset.Unit;
        return $"{Q(ExpressionWriter.Source(0))}.{Q(unit.IsRow ? VaultColumns.RowId : query.Sources[0].Table.FindColumn(unit.Column!)!.Name)}";
    }

    private string? MeasuredValue(DpMeasurement m) => m.Kind switch
    {
        Planning.MeasurementKind.ValueCount => _writer.Write(m.Argument!, ValueContext.Raw),
        Planning.MeasurementKind.Sum or Planning.MeasurementKind.SumOfSquares => Scaled(m.Argument!, m.Encoding!),
        Planning.MeasurementKind.Histogram => Bin(m.Argument!, m.Histogram!),
        _ => null,
    };

    /// <summary>round(clamp(x)·scale) as BIGINT, centred when the encoding says so; |value| ≤ the encoding's row bound.</summary>
    private string Scaled(Syntax.SqlExpr argument, ValueEncoding e)
    {
        var scaled = IsWholeColumn(argument, e.Scale)
            ? $"LEAST(GREATEST(CAST({_writer.Column((Syntax.BoundColumnExpr)argument)} AS BIGINT), {e.ScaledLower}), {e.ScaledUpper})"
            : e.Scale.IsOne ? $"CAST(ROUND({Clamped(argument, e.Lower, e.Upper)}) AS BIGINT)"
            : $"CAST(ROUND({Clamped(argument, e.Lower, e.Upper)} * {_writer.Double(e.Scale.ToString())}) AS BIGINT)";
        return e.Centered ? $"(2 * {scaled} - ({e.TwiceCenter}))" : scaled;
    }

    /// <summary>An integer column with whole bounds at scale 1 is clamped as BIGINT: exact and cheap.</summary>
    private static bool IsWholeColumn(Syntax.SqlExpr argument, System.Numerics.BigInteger scale) =>
        argument is Syntax.BoundColumnExpr { Column: { Type: ColumnType.Integer, Bounds: { } b } }
        && scale.IsOne && b.Lower == decimal.Truncate(b.Lower) && b.Upper == decimal.Truncate(b.Upper);

    /// <summary>The argument clamped to [low, high] as a double; a bare column is clamped once, an expression twice.</summary>
    private string Clamped(Syntax.SqlExpr argument, decimal low, decimal high) => argument is Syntax.BoundColumnExpr c
        ? _writer.Clamp(_writer.Double(_writer.Column(c)), low, high, snapTiny: false)
        : _writer.Clamp(_writer.Write(argument, ValueContext.Clamped), low, high, snapTiny: false);

    private string Bin(Syntax.SqlExpr argument, HistogramEncoding h)
    {
        if (h.UnitBins && IsWholeColumn(argument, 1))
            return $"(LEAST(GREATEST(CAST({_writer.Column((Syntax.BoundColumnExpr)argument)} AS BIGINT), {h.Lower}), {h.Upper}) - ({h.Lower}))";
        var clamped = Clamped(argument, h.Lower, h.Upper);
        if (h.UnitBins) return $"(CAST(ROUND({clamped}) AS BIGINT) - ({h.Lower}))";
        var factor = _writer.Double(ExpressionWriter.Number(h.Bins / (h.Upper - h.Lower)));
        var lower = _writer.Double(ExpressionWriter.Number(h.Lower));
        return $"LEAST(CAST(FLOOR(({clamped} - {lower}) * {factor}) AS BIGINT), {h.Bins - 1})";
    }

    private string From()
    {
        var from = new StringBuilder();
        for (var i = 0; i < query.Sources.Count; i++)
        {
            var source = query.Sources[i];
            var table = $"{dialect.Table(plan.SourceSchema, source.Table.Name)} AS {Q(ExpressionWriter.Source(i))}";
            if (i == 0) { from.Append(table); continue; }
            var key = Q(source.Table.FindColumn(query.Dataset.Unit.Column!)!.Name);
            var earlier = query.Sources[source.JoinedTo];
            var earlierKey = Q(earlier.Table.FindColumn(query.Dataset.Unit.Column!)!.Name);
            from.Append("\n  ").Append(source.Join == Syntax.JoinKind.Left ? "LEFT JOIN " : "JOIN ").Append(table)
                .Append(" ON ").Append($"{Q(ExpressionWriter.Source(i))}.{key} = {Q(ExpressionWriter.Source(source.JoinedTo))}.{earlierKey}");
            // The rank cap of a joined table belongs in ON, so a LEFT JOIN stays a left join.
            if (plan.RowsPerPerson[i] is { } cap) from.Append(" AND ").Append(Rank(i, cap));
        }
        return from.ToString();
    }

    private string Rank(int source, int cap) =>
        $"{Q(ExpressionWriter.Source(source))}.{Q(VaultColumns.Rank)} <= {cap.ToString(CultureInfo.InvariantCulture)}";

    private List<string> Where()
    {
        var where = new List<string>();
        if (plan.RowsPerPerson[0] is { } cap) where.Add(Rank(0, cap));
        if (query.Where is not null) where.Add(_writer.Write(query.Where, ValueContext.Raw));
        return where;
    }

    private string MainPart()
    {
        var columns = new List<string> { $"0 AS {Q("part")}" };
        columns.AddRange(query.Keys.Select((_, i) => Q(Key(i))));
        columns.Add($"CAST(NULL AS BIGINT) AS {Q("bin")}");
        for (var i = 0; i < plan.Measurements.Count; i++)
        {
            var v = Q(Value(i));
            var aggregate = plan.Measurements[i].Kind switch
            {
                Planning.MeasurementKind.RowCount => "COUNT(*)",
                Planning.MeasurementKind.PersonCount => $"COUNT(DISTINCT {Q("p")})",
                Planning.MeasurementKind.ValueCount => $"COUNT({v})",
                Planning.MeasurementKind.Sum => dialect.ExactSum(v),
                Planning.MeasurementKind.SumOfSquares => dialect.ExactSum($"{v} * {v}"),
                _ => null,
            };
            if (aggregate is not null) columns.Add($"{aggregate} AS {Q("m" + i.ToString(CultureInfo.InvariantCulture))}");
        }
        columns.Add($"CAST(NULL AS BIGINT) AS {Q("cell")}");
        return Part(columns, query.Keys.Select((_, i) => Q(Key(i))).ToList(), null);
    }

    private string HistogramPart(int measurement)
    {
        var v = Q(Value(measurement));
        var columns = new List<string> { $"{measurement + 1} AS {Q("part")}" };
        columns.AddRange(query.Keys.Select((_, i) => Q(Key(i))));
        columns.Add(v);
        columns.AddRange(Enumerable.Repeat("NULL", plan.ScalarCount));
        columns.Add("COUNT(*)");
        var groupBy = query.Keys.Select((_, i) => Q(Key(i))).Append(v).ToList();
        return Part(columns, groupBy, $"{v} IS NOT NULL");
    }

    private string Part(List<string> columns, List<string> groupBy, string? where)
    {
        var part = new StringBuilder("SELECT ").AppendJoin(", ", columns).Append(" FROM ").Append(Q(Bounded));
        if (where is not null) part.Append(" WHERE ").Append(where);
        if (groupBy.Count > 0) part.Append(" GROUP BY ").AppendJoin(", ", groupBy);
        return part.ToString();
    }
}
