namespace Kura.Sql.Syntax;

internal sealed partial class Parser
{
    private SelectStatement ParseSelect()
    {
        ExpectWord("SELECT");
        if (Current.IsWord("DISTINCT"))
            throw SqlRefusals.At(SqlRefusals.NonAggregate, Current.Position,
                "SELECT DISTINCT returns row-level values; select aggregates such as COUNT(*) with GROUP BY");
        TakeWord("ALL");
        var items = ParseSelectItems();
        if (Current.IsWord("INTO"))
            throw SqlRefusals.At(SqlRefusals.Statement, Current.Position, "SELECT INTO writes a table and is not allowed");
        if (!TakeWord("FROM"))
            throw Unexpected("expected FROM and a vault table");
        var from = ParseTableRef(allowSubquery: !_inSubquery);
        var joins = ParseJoins();
        SqlExpr? where = TakeWord("WHERE") ? ParseExpr() : null;
        var groupBy = ParseGroupBy();
        RefuseTrailingClauses();
        var orderBy = ParseOrderBy();
        long? limit = TakeWord("LIMIT") ? ParseCount("LIMIT") : null;
        long? offset = TakeWord("OFFSET") ? ParseCount("OFFSET") : null;
        if (Current.IsWord("FETCH"))
            throw SqlRefusals.NotSupported(Current.Position, "FETCH", "use LIMIT.");
        return new SelectStatement(items, from, joins, where, groupBy, orderBy, limit, offset);
    }

    private List<SelectItem> ParseSelectItems()
    {
        var items = new List<SelectItem>();
        do
        {
            var at = Current.Position;
            if (Current.IsSymbol("*") || (AtName && PeekToken().IsSymbol(".") && PeekToken(2).IsSymbol("*")))
                throw _inSubquery
                    ? SqlRefusals.At(SqlRefusals.Subquery, at, RowSubquery)
                    : SqlRefusals.At(SqlRefusals.NonAggregate, at, "SELECT * returns row-level values; select aggregates such as COUNT(*) instead");
            var expr = ParseExpr();
            items.Add(new SelectItem(expr, ParseAlias(), at));
        }
        while (TakeSymbol(","));
        return items;
    }

    private TableRef ParseTableRef(bool allowSubquery)
    {
        var at = Current.Position;
        if (Current.IsSymbol("(") && allowSubquery && PeekToken().IsWord("SELECT")) return ParseSubquery();
        if (Current.IsSymbol("("))
            throw SqlRefusals.At(SqlRefusals.Subquery, at, _inSubquery
                ? "A subquery inside a subquery is not supported; the per-person subquery reads vault tables"
                : "A subquery in FROM must be one per-person aggregation (SELECT person_key, COUNT(*) AS n FROM table GROUP BY person_key); name a vault table or write that shape");
        if (Current.Kind == TokenKind.String)
            throw SqlRefusals.At(SqlRefusals.FileAccess, at, "Reading a file named in FROM is not allowed; name a vault table");
        if (Current.IsWord("LATERAL"))
            throw SqlRefusals.At(SqlRefusals.Subquery, at, "LATERAL subqueries are not allowed");
        var first = ParseName("a table name");
        string? schema = null;
        var name = first;
        if (TakeSymbol(".")) { schema = first; name = ParseName("a table name after '.'"); }
        if (Current.IsSymbol("("))
            throw SqlRefusals.At(SqlRefusals.FileAccess, at,
                $"Table function {SqlRefusals.Quote(name)} is not allowed; Kura reads only vault tables (no read_csv, read_parquet, glob)");
        return new TableRef(schema, name, ParseAlias(), at);
    }

    private List<JoinClause> ParseJoins()
    {
        var joins = new List<JoinClause>();
        while (true)
        {
            var at = Current.Position;
            if (Current.IsSymbol(","))
                throw SqlRefusals.At(SqlRefusals.Join, at, "Comma joins are not supported; write JOIN ... ON a.person_key = b.person_key");
            foreach (var word in new[] { "RIGHT", "FULL", "CROSS", "NATURAL", "POSITIONAL", "ASOF", "ANTI", "SEMI" })
                if (Current.IsWord(word))
                    throw SqlRefusals.At(SqlRefusals.Join, at, $"{word} JOIN is not supported; use JOIN or LEFT JOIN on the person key");
            JoinKind kind;
            if (TakeWord("JOIN")) kind = JoinKind.Inner;
            else if (TakeWord("INNER")) { ExpectWord("JOIN"); kind = JoinKind.Inner; }
            else if (TakeWord("LEFT")) { TakeWord("OUTER"); ExpectWord("JOIN"); kind = JoinKind.Left; }
            else return joins;
            var table = ParseTableRef(allowSubquery: false);
            if (Current.IsWord("USING"))
                throw SqlRefusals.At(SqlRefusals.Join, Current.Position, "JOIN ... USING is not supported; write ON a.person_key = b.person_key");
            ExpectWord("ON");
            joins.Add(new JoinClause(kind, table, ParseExpr(), at));
        }
    }

    /// <summary>The one supported subquery shape is checked by the binder; here: one nesting level, no ORDER BY or LIMIT.</summary>
    private TableRef ParseSubquery()
    {
        var at = Take().Position;
        _inSubquery = true;
        SelectStatement inner;
        try { inner = ParseSelect(); }
        finally { _inSubquery = false; }
        if (inner.OrderBy.Count > 0 || inner.Limit is not null || inner.Offset is not null)
            throw SqlRefusals.At(SqlRefusals.Subquery, at, "ORDER BY, LIMIT and OFFSET inside a subquery would select rows; remove them");
        RefuseSetOperations();
        ExpectSymbol(")");
        return new TableRef(null, "", ParseAlias(), at, inner);
    }

    private const string RowSubquery =
        "A subquery in FROM that selects rows is refused; only a per-person aggregation is accepted: (SELECT person_key, COUNT(*) AS n FROM table GROUP BY person_key)";

    private List<SqlExpr> ParseGroupBy()
    {
        var keys = new List<SqlExpr>();
        if (!TakeWord("GROUP")) return keys;
        ExpectWord("BY");
        foreach (var word in new[] { "ALL", "ROLLUP", "CUBE", "GROUPING" })
            if (Current.IsWord(word))
                throw SqlRefusals.NotSupported(Current.Position, $"GROUP BY {word}", "list the grouping expressions.");
        do keys.Add(ParseExpr());
        while (TakeSymbol(","));
        return keys;
    }

    private void RefuseTrailingClauses()
    {
        if (Current.IsWord("HAVING"))
            throw SqlRefusals.NotSupported(Current.Position, "HAVING",
                "it would filter groups on exact values. Filter the released (noisy) rows instead.");
        foreach (var word in new[] { "WINDOW", "QUALIFY" })
            if (Current.IsWord(word))
                throw SqlRefusals.NotSupported(Current.Position, word, "window functions are not available.");
    }

    private List<OrderItem> ParseOrderBy()
    {
        var items = new List<OrderItem>();
        if (!TakeWord("ORDER")) return items;
        ExpectWord("BY");
        do
        {
            var at = Current.Position;
            var expr = ParseExpr();
            var descending = TakeWord("DESC");
            if (!descending) TakeWord("ASC");
            if (Current.IsWord("NULLS"))
                throw SqlRefusals.NotSupported(Current.Position, "NULLS FIRST/LAST", "missing keys sort last in ascending order.");
            items.Add(new OrderItem(expr, descending, at));
        }
        while (TakeSymbol(","));
        return items;
    }
}
