using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

internal sealed partial class Binder
{
    private BoundQuery BindQuery(SelectStatement s)
    {
        var where = s.Where is null ? null : Condition(s.Where, "WHERE");
        var keys = s.GroupBy.Select(g => BindKey(g, s.Items)).ToList();
        var outputs = s.Items.Select((item, i) => BindOutput(item, i, keys)).ToList();
        if (outputs.All(o => o.Aggregate is null))
            throw SqlRefusals.At(SqlRefusals.NonAggregate, s.Items[0].Position,
                "The select list has no aggregate; Kura releases only aggregates such as COUNT(*), SUM(x), AVG(x)");
        var order = s.OrderBy.Select(o => new OrderSpec(ResolveOrder(o, s.Items, keys, outputs), o.Descending)).ToList();
        return new BoundQuery(_dataset, _sources, where, keys, outputs, order, s.Limit, s.Offset, _derived, _referenced);
    }

    private GroupKey BindKey(SqlExpr key, IReadOnlyList<SelectItem> items)
    {
        var expr = key;
        if (key is LiteralExpr { Kind: LiteralKind.Number, Value: decimal ordinal })
        {
            if (ordinal != decimal.Truncate(ordinal) || ordinal < 1 || ordinal > items.Count)
                throw SqlRefusals.At(SqlRefusals.Syntax, key.Position, $"GROUP BY position must be between 1 and {items.Count}");
            expr = items[(int)ordinal - 1].Expr;
        }
        else if (key is ColumnExpr { Qualifier: null } c && !IsColumnName(c.Name)
                 && items.FirstOrDefault(i => i.Alias is not null && NamesEqual(i.Alias, c.Name)) is { } aliased)
            expr = aliased.Expr;
        if (expr is LiteralExpr)
            throw SqlRefusals.At(SqlRefusals.Syntax, key.Position, "GROUP BY a constant is not meaningful; group by a column or expression");
        var (bound, type) = Scalar(expr);
        if (type == SqlType.Null)
            throw SqlRefusals.At(SqlRefusals.Type, key.Position, "A GROUP BY expression cannot be always NULL");
        return new GroupKey(bound, type, PublicDomains.Of(bound, type));
    }

    private bool IsColumnName(string name) => _sources.Any(s => s.Table.Columns.Any(c => NamesEqual(c.Name, name)));

    private OutputColumn BindOutput(SelectItem item, int index, IReadOnlyList<GroupKey> keys)
    {
        if (item.Expr is FunctionExpr f && ScalarFunctions.Aggregates.Contains(f.Name))
            return new OutputColumn(item.Alias ?? f.Name.ToLowerInvariant(), null, BindAggregate(f));
        var (bound, _) = Scalar(item.Expr);
        var key = FindKey(bound, keys);
        if (key < 0)
            throw SqlRefusals.At(SqlRefusals.NonAggregate, item.Position,
                "This select item is neither an aggregate nor a GROUP BY expression; Kura releases only aggregates per group");
        var name = item.Alias ?? (item.Expr is ColumnExpr c ? c.Name : $"key{index + 1}");
        return new OutputColumn(name, key, null);
    }

    private static int FindKey(SqlExpr bound, IReadOnlyList<GroupKey> keys)
    {
        var text = SqlPrinter.Expr(bound);
        for (var i = 0; i < keys.Count; i++)
            if (SqlPrinter.Expr(keys[i].Expr) == text) return i;
        return -1;
    }

    private int ResolveOrder(OrderItem order, IReadOnlyList<SelectItem> items, IReadOnlyList<GroupKey> keys, IReadOnlyList<OutputColumn> outputs)
    {
        if (order.Expr is LiteralExpr { Kind: LiteralKind.Number, Value: decimal ordinal })
        {
            if (ordinal == decimal.Truncate(ordinal) && ordinal >= 1 && ordinal <= items.Count) return (int)ordinal - 1;
            throw SqlRefusals.At(SqlRefusals.Syntax, order.Position, $"ORDER BY position must be between 1 and {items.Count}");
        }
        if (order.Expr is ColumnExpr { Qualifier: null } c)
        {
            var aliased = items.ToList().FindIndex(i => i.Alias is not null && NamesEqual(i.Alias, c.Name));
            if (aliased >= 0) return aliased;
        }
        var text = SqlPrinter.Expr(order.Expr);
        var same = items.ToList().FindIndex(i => SqlPrinter.Expr(i.Expr) == text);
        if (same >= 0) return same;
        if (order.Expr is not FunctionExpr f || !ScalarFunctions.Aggregates.Contains(f.Name))
        {
            var key = FindKey(Scalar(order.Expr).Expr, keys);
            var output = outputs.ToList().FindIndex(o => key >= 0 && o.KeyIndex == key);
            if (output >= 0) return output;
        }
        throw SqlRefusals.At(SqlRefusals.Unsupported, order.Position,
            "ORDER BY must name a selected column (its alias, position or the same expression); rows are ordered after noise is added");
    }
}
