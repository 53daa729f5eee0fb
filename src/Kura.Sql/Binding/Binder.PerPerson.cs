using System.Globalization;
using System.Numerics;
using Kura.Core;
using Kura.Sql.Planning;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

internal sealed partial class Binder
{
    /// <summary>Largest COUNT range 0..R given a public domain, so a GROUP BY on a per-person count needs no selection.</summary>
    private const int MaxCountDomain = 1000;

    /// <summary>Most digits a per-person AVG keeps beyond its bounds' decimals.</summary>
    private const int AverageExtraDecimals = 2;

    private static readonly BigInteger MaxScaledSum = BigInteger.Pow(2, 50);

    private DerivedTable? _derived;

    /// <summary>Binds <c>FROM (SELECT person_key, aggs FROM … GROUP BY person_key) [alias]</c> as the outer query's one source.</summary>
    private void BindDerived(SelectStatement outer)
    {
        var from = outer.From;
        if (_dataset.Unit.IsRow)
            throw SqlRefusals.At(SqlRefusals.Subquery, from.Position,
                $"Dataset {SqlRefusals.Quote(_dataset.Name)} has one person per row, so there is nothing to aggregate per person; aggregate its rows directly");
        if (outer.Joins.Count > 0)
            throw SqlRefusals.At(SqlRefusals.Join, outer.Joins[0].Position, "A per-person subquery cannot be joined to other tables; join them inside the subquery");
        var inner = new Binder(_dataset, _grants, _options);
        inner.BindSources(from.Subquery!);
        var derived = inner.BindPerPerson(from.Subquery!, from.Alias ?? "subquery");
        foreach (var reference in inner._referenced)
            if (!_referenced.Contains(reference)) _referenced.Add(reference);
        _sources.Add(new BoundSource(derived.Table, from.Alias ?? derived.Table.Name, null));
        _derived = derived;
    }

    private DerivedTable BindPerPerson(SelectStatement s, string name)
    {
        var key = PersonGroupKey(s);
        var where = s.Where is null ? null : Condition(s.Where, "WHERE");
        var caps = RowCaps.For(_sources, _options);
        var rows = RowCaps.Product(caps);
        var columns = new List<Column>();
        var values = new List<PerPersonValue>();
        foreach (var item in s.Items)
        {
            if (item.Expr is ColumnExpr c)
            {
                var bound = ResolveColumn(c, ColumnUse.PersonGroup);
                AddName(columns, new Column(item.Alias ?? bound.Column.Name, bound.Column.Type, ColumnClass.PersonKey), item.Position);
                continue;
            }
            if (item.Expr is not FunctionExpr f || !ScalarFunctions.Aggregates.Contains(f.Name))
                throw SqlRefusals.At(SqlRefusals.Subquery, item.Position,
                    "A per-person subquery selects only the person key and per-person COUNT, SUM or AVG; it cannot select row-level values");
            var value = PerPerson(BindAggregate(f), item.Alias ?? f.Name.ToLowerInvariant(), rows);
            AddName(columns, value.Column, item.Position);
            values.Add(value);
        }
        var table = new VaultTable(name, columns, RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1);
        return new DerivedTable(table, _sources.ToList(), where, key, values, caps, rows);
    }

    private BoundColumnExpr PersonGroupKey(SelectStatement s)
    {
        var at = s.GroupBy.Count > 0 ? s.GroupBy[0].Position : s.From.Position;
        if (s.GroupBy is not [ColumnExpr key])
            throw SqlRefusals.At(SqlRefusals.Subquery, at,
                $"A subquery in FROM must aggregate per person: end it with GROUP BY {_dataset.Unit.Column}; subqueries that select rows are refused");
        var bound = ResolveColumn(key, ColumnUse.PersonGroup);
        // A LEFT-joined table's key is NULL on unmatched rows, and one NULL group would mix many persons.
        if (_sources[bound.Source].Join == JoinKind.Left)
            throw SqlRefusals.At(SqlRefusals.Subquery, key.Position,
                "Group a per-person subquery by the person key of its first table (a LEFT-joined table's key can be missing)");
        return bound;
    }

    private static void AddName(List<Column> columns, Column column, SourcePosition at)
    {
        if (VaultColumns.IsHidden(column.Name))
            throw SqlRefusals.At(SqlRefusals.IdentifierColumn, at, $"The name {SqlRefusals.Quote(column.Name)} is reserved for Kura; choose another alias");
        if (columns.Any(c => NamesEqual(c.Name, column.Name)))
            throw SqlRefusals.At(SqlRefusals.Syntax, at, $"The subquery selects {SqlRefusals.Quote(column.Name)} twice; give each item its own alias");
        columns.Add(column);
    }

    /// <summary>A per-person aggregate and its public range over at most <paramref name="rows"/> bounded rows of one person.</summary>
    private PerPersonValue PerPerson(AggregateCall call, string name, long rows)
    {
        switch (call.Kind)
        {
            case AggregateKind.CountRows or AggregateKind.CountValues:
                var domain = rows < MaxCountDomain
                    ? Enumerable.Range(0, (int)rows + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList()
                    : null;
                return new PerPersonValue(new Column(name, ColumnType.Integer, Bounds: new ValueBounds(0, rows), PublicDomain: domain), call, null, 0);
            case AggregateKind.Sum or AggregateKind.Avg:
                return PerPersonNumber(call, name, rows);
            default:
                throw SqlRefusals.At(SqlRefusals.Subquery, call.Position,
                    "A per-person subquery computes COUNT(*), COUNT(x), SUM(x) or AVG(x) per person; compute other statistics in the outer query");
        }
    }

    private PerPersonValue PerPersonNumber(AggregateCall call, string name, long rows)
    {
        var aggregate = call.Kind == AggregateKind.Sum ? "SUM" : "AVG";
        var range = ValueRange.Of(call.Argument!, aggregate, _dataset);
        var decimals = Math.Min(range.Decimals, ValueRange.MaxDecimals);
        var scale = BigInteger.Pow(10, decimals);
        if (range.MaxAbs >= (decimal)MaxScaledSum / (decimal)scale)
            throw KuraException.Privacy(SqlRefusals.BoundsUnusable,
                $"The declared bounds of the per-person {aggregate} at {call.Position} are too wide for exact sums; narrow them.");
        var encoding = new ValueEncoding(range.Lower, range.Upper, scale, Centered: false);
        if (encoding.RowBound * rows >= MaxScaledSum)
            throw KuraException.Privacy(SqlRefusals.BoundsUnusable,
                $"The declared bounds of the per-person {aggregate} at {call.Position} times {rows} rows per person are too wide for exact sums; narrow them or lower max rows per person.");
        // Each row adds an integer in [⌊L·s⌋, ⌈U·s⌉] before dividing by s: those are the public per-row limits.
        decimal low = (decimal)encoding.ScaledLower / (decimal)scale, high = (decimal)encoding.ScaledUpper / (decimal)scale;
        if (call.Kind == AggregateKind.Sum)
        {
            var bounds = new ValueBounds(Math.Min(0, rows * low), Math.Max(0, rows * high));
            var type = decimals == 0 ? ColumnType.Integer : ColumnType.Decimal;
            return new PerPersonValue(new Column(name, type, Bounds: bounds), call, encoding, decimals);
        }
        // The mean keeps a little more precision than its inputs, as far as exact outer sums allow.
        var places = decimals;
        while (places < Math.Min(decimals + AverageExtraDecimals, ValueRange.MaxDecimals)
               && encoding.RowBound * BigInteger.Pow(10, places + 1 - decimals) < MaxScaledSum)
            places++;
        return new PerPersonValue(new Column(name, ColumnType.Decimal, Bounds: new ValueBounds(low, high)), call, encoding, places);
    }
}
