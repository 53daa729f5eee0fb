using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

internal sealed partial class BackendSqlWriter
{
    /// <summary>FROM and WHERE conjuncts of tables joined on the person key, each capped at <c>__kura_rank ≤ m</c>.</summary>
    private (string From, List<string> Where) Relation(IReadOnlyList<BoundSource> sources, IReadOnlyList<int?> caps, SqlExpr? where, ExpressionWriter writer)
    {
        var from = new StringBuilder();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var table = $"{_dialect.Table(_plan.SourceSchema, source.Table.Name)} AS {Q(writer.Alias(i))}";
            if (i == 0) { from.Append(table); continue; }
            var key = Q(source.Table.FindColumn(_query.Dataset.Unit.Column!)!.Name);
            var earlierKey = Q(sources[source.JoinedTo].Table.FindColumn(_query.Dataset.Unit.Column!)!.Name);
            from.Append("\n  ").Append(source.Join == JoinKind.Left ? "LEFT JOIN " : "JOIN ").Append(table)
                .Append(" ON ").Append($"{Q(writer.Alias(i))}.{key} = {Q(writer.Alias(source.JoinedTo))}.{earlierKey}");
            // The rank cap of a joined table belongs in ON, so a LEFT JOIN stays a left join.
            if (caps[i] is { } cap) from.Append(" AND ").Append(Rank(writer, i, cap));
        }
        var conditions = new List<string>();
        if (caps[0] is { } first) conditions.Add(Rank(writer, 0, first));
        conditions.AddRange(Conditions(where, writer));
        return (from.ToString(), conditions);
    }

    /// <summary>
    /// WHERE written one conjunct at a time, so a conjunct that cannot raise stays unguarded and the backend can
    /// still push it into the scan; filtering by the conjuncts equals filtering by their AND.
    /// </summary>
    private static IEnumerable<string> Conditions(SqlExpr? where, ExpressionWriter writer) =>
        Conjuncts(where).Select(c => writer.Write(c, ValueContext.Raw));

    private static IEnumerable<SqlExpr> Conjuncts(SqlExpr? e) => e switch
    {
        null => [],
        BinaryExpr { Op: BinaryOp.And } b => Conjuncts(b.Left).Concat(Conjuncts(b.Right)),
        _ => [e],
    };

    private string Rank(ExpressionWriter writer, int source, int cap) =>
        $"{Q(writer.Alias(source))}.{Q(VaultColumns.Rank)} <= {cap.ToString(CultureInfo.InvariantCulture)}";

    private List<string> OuterWhere() => Conditions(_query.Where, _writer).ToList();

    /// <summary>
    /// The per-person subquery: its tables capped at rank ≤ m, grouped by the person key, so each person is one
    /// row whose values lie in the public ranges of <see cref="DerivedTable"/> (PerPersonSubquery.md).
    /// </summary>
    private string PerPersonFrom(DerivedTable derived)
    {
        var inner = new ExpressionWriter(_dialect, "s");
        var (from, where) = Relation(derived.Sources, derived.RowsPerPerson.Select(c => (int?)c).ToList(), derived.Where, inner);
        var items = new List<string>();
        if (derived.PersonColumn is { } person) items.Add($"{inner.Column(derived.PersonKey)} AS {Q(person.Name)}");
        items.AddRange(derived.Values.Select(v => $"{PerPersonValue(inner, v)} AS {Q(v.Column.Name)}"));
        var sql = new StringBuilder("(\n    SELECT ").AppendJoin(", ", items).Append("\n    FROM ").Append(from.Replace("\n  ", "\n    ", StringComparison.Ordinal));
        if (where.Count > 0) sql.Append("\n    WHERE ").AppendJoin(" AND ", where);
        return sql.Append("\n    GROUP BY ").Append(inner.Column(derived.PersonKey)).Append("\n  ) AS ").Append(Q(_writer.Alias(0))).ToString();
    }

    /// <summary>COUNT as is; SUM and AVG from the exact sum of scaled, clamped values, so every backend computes the same double.</summary>
    private string PerPersonValue(ExpressionWriter inner, PerPersonValue value)
    {
        var call = value.Call;
        if (call.Kind == AggregateKind.CountRows) return "COUNT(*)";
        if (call.Kind == AggregateKind.CountValues) return $"COUNT({inner.Write(call.Argument!, ValueContext.Raw)})";
        var scaled = Scaled(inner, call.Argument!, value.Encoding!);
        var sum = _dialect.ExactSum(scaled);
        var scale = inner.Double(value.Encoding!.Scale.ToString(CultureInfo.InvariantCulture));
        if (call.Kind == AggregateKind.Sum)
            return value.Encoding.Scale.IsOne ? sum : $"(CAST({sum} AS {_dialect.DoubleType}) / {scale})";
        return $"(CAST({sum} AS {_dialect.DoubleType}) / NULLIF(COUNT({scaled}), 0) / {scale})";
    }
}
