namespace Kura.Sql.Syntax;

internal sealed partial class Parser
{
    private SqlExpr ParseExpr()
    {
        Enter();
        try { return ParseOr(); }
        finally { Leave(); }
    }

    private SqlExpr ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsWord("OR"))
        {
            var at = Take().Position;
            left = new BinaryExpr(BinaryOp.Or, left, ParseAnd(), at);
        }
        return left;
    }

    private SqlExpr ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsWord("AND"))
        {
            var at = Take().Position;
            left = new BinaryExpr(BinaryOp.And, left, ParseNot(), at);
        }
        return left;
    }

    private SqlExpr ParseNot()
    {
        if (!Current.IsWord("NOT")) return ParsePredicate();
        var at = Take().Position;
        Enter();
        try { return new UnaryExpr(UnaryOp.Not, ParseNot(), at); }
        finally { Leave(); }
    }

    private SqlExpr ParsePredicate()
    {
        var left = ParseAdditive();
        var at = Current.Position;
        var comparison = ComparisonOp(Current);
        if (comparison is { } op)
        {
            _next++;
            if (Current.IsWord("ANY") || Current.IsWord("ALL") || Current.IsWord("SOME"))
                throw SqlRefusals.At(SqlRefusals.Subquery, Current.Position, "Comparisons with ANY/ALL/SOME subqueries are not allowed");
            return new BinaryExpr(op, left, ParseAdditive(), at);
        }
        if (TakeWord("IS"))
        {
            var negated = TakeWord("NOT");
            if (Current.IsWord("DISTINCT") || Current.IsWord("TRUE") || Current.IsWord("FALSE"))
                throw SqlRefusals.NotSupported(Current.Position, $"IS {Current.Text.ToUpperInvariant()}", "use = or IS NULL.");
            ExpectWord("NULL");
            return new IsNullExpr(left, negated, at);
        }
        var not = Current.IsWord("NOT") && (PeekToken().IsWord("BETWEEN") || PeekToken().IsWord("IN")
            || PeekToken().IsWord("LIKE") || PeekToken().IsWord("ILIKE"));
        if (not) _next++;
        if (TakeWord("BETWEEN"))
        {
            var low = ParseAdditive();
            ExpectWord("AND");
            return new BetweenExpr(left, low, ParseAdditive(), not, at);
        }
        if (TakeWord("IN")) return new InListExpr(left, ParseInList(), not, at);
        if (Current.IsWord("LIKE") || Current.IsWord("ILIKE")) return ParseLike(left, not, at);
        foreach (var word in new[] { "SIMILAR", "GLOB", "REGEXP", "RLIKE" })
            if (Current.IsWord(word))
                throw SqlRefusals.NotSupported(Current.Position, word, "use LIKE.");
        return left;
    }

    private static BinaryOp? ComparisonOp(Token token) => token.Kind != TokenKind.Symbol ? null : token.Text switch
    {
        "=" => BinaryOp.Equal,
        "<>" or "!=" => BinaryOp.NotEqual,
        "<" => BinaryOp.Less,
        "<=" => BinaryOp.LessOrEqual,
        ">" => BinaryOp.Greater,
        ">=" => BinaryOp.GreaterOrEqual,
        _ => null,
    };

    private List<SqlExpr> ParseInList()
    {
        ExpectSymbol("(");
        if (Current.IsWord("SELECT"))
            throw SqlRefusals.At(SqlRefusals.Subquery, Current.Position, "IN (SELECT ...) subqueries select rows and are not allowed");
        var items = new List<SqlExpr>();
        do items.Add(ParseExpr());
        while (TakeSymbol(","));
        ExpectSymbol(")");
        if (items.Count > 1000)
            throw SqlRefusals.At(SqlRefusals.TooComplex, Current.Position, "An IN list may have at most 1000 items");
        return items;
    }

    private LikeExpr ParseLike(SqlExpr value, bool negated, SourcePosition at)
    {
        var ignoreCase = Take().IsWord("ILIKE");
        var pattern = ParseAdditive();
        char? escape = null;
        if (TakeWord("ESCAPE"))
        {
            var token = Current;
            if (token.Kind != TokenKind.String || token.Text.Length != 1)
                throw SqlRefusals.At(SqlRefusals.Syntax, token.Position, "ESCAPE takes a string literal of exactly one character");
            _next++;
            escape = token.Text[0];
        }
        return new LikeExpr(value, pattern, escape, negated, ignoreCase, at);
    }

    private SqlExpr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            BinaryOp? op = Current.IsSymbol("+") ? BinaryOp.Add : Current.IsSymbol("-") ? BinaryOp.Subtract
                : Current.IsSymbol("||") ? BinaryOp.Concat : null;
            if (op is null) return left;
            var at = Take().Position;
            left = new BinaryExpr(op.Value, left, ParseMultiplicative(), at);
        }
    }

    private SqlExpr ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            BinaryOp? op = Current.IsSymbol("*") ? BinaryOp.Multiply : Current.IsSymbol("/") ? BinaryOp.Divide
                : Current.IsSymbol("%") ? BinaryOp.Modulo : null;
            if (op is null) return left;
            var at = Take().Position;
            left = new BinaryExpr(op.Value, left, ParseUnary(), at);
        }
    }

    private SqlExpr ParseUnary()
    {
        if (!Current.IsSymbol("-") && !Current.IsSymbol("+")) return ParsePostfix();
        var token = Take();
        Enter();
        try { return new UnaryExpr(token.Text == "-" ? UnaryOp.Negate : UnaryOp.Plus, ParseUnary(), token.Position); }
        finally { Leave(); }
    }

    private SqlExpr ParsePostfix()
    {
        var expr = ParsePrimary();
        if (Current.IsSymbol("::"))
            throw SqlRefusals.NotSupported(Current.Position, "Casts with '::'", "Kura converts types itself.");
        if (Current.IsSymbol("."))
            throw Unexpected("a qualified name has one '.' only (alias.column)");
        return expr;
    }

    private SqlExpr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _next++;
                return new LiteralExpr(LiteralKind.Number, NumberLiteral.Parse(token), token.Position);
            case TokenKind.String:
                _next++;
                return new LiteralExpr(LiteralKind.String, token.Text, token.Position);
            case TokenKind.QuotedIdentifier:
                return ParseNameExpr();
            case TokenKind.Symbol when token.IsSymbol("("):
                return ParseParenthesised();
            case TokenKind.Identifier:
                return ParseWordExpr(token);
            default:
                throw Unexpected("expected a value, a column or a function");
        }
    }

    private SqlExpr ParseParenthesised()
    {
        var open = Take();
        if (Current.IsWord("SELECT") || Current.IsWord("WITH"))
            throw SqlRefusals.At(SqlRefusals.Subquery, open.Position, "Subqueries are not allowed; Kura answers one SELECT of aggregates");
        var inner = ParseExpr();
        if (Current.IsSymbol(","))
            throw SqlRefusals.NotSupported(Current.Position, "Row values (a, b)", "compare one value at a time.");
        ExpectSymbol(")");
        return inner;
    }
}
