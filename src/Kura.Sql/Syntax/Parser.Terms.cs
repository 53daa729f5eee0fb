using System.Globalization;

namespace Kura.Sql.Syntax;

internal sealed partial class Parser
{
    private SqlExpr ParseWordExpr(Token token)
    {
        var next = PeekToken();
        if (token.IsWord("TRUE") || token.IsWord("FALSE"))
        {
            _next++;
            return new LiteralExpr(LiteralKind.Boolean, token.IsWord("TRUE"), token.Position);
        }
        if (token.IsWord("NULL")) { _next++; return new LiteralExpr(LiteralKind.Null, null, token.Position); }
        if (token.IsWord("DATE") && next.Kind == TokenKind.String) return ParseDateLiteral();
        if ((token.IsWord("TIMESTAMP") || token.IsWord("INTERVAL") || token.IsWord("TIME")) && next.Kind == TokenKind.String)
            throw SqlRefusals.NotSupported(token.Position, $"{token.Text.ToUpperInvariant()} literals", "use DATE 'YYYY-MM-DD'.");
        if (token.IsWord("CASE")) return ParseCase();
        if (token.IsWord("EXTRACT") && next.IsSymbol("(")) return ParseExtract();
        if ((token.IsWord("CAST") || token.IsWord("TRY_CAST")) && next.IsSymbol("("))
            throw SqlRefusals.NotSupported(token.Position, token.Text.ToUpperInvariant(), "Kura converts types itself.");
        if (token.IsWord("EXISTS"))
            throw SqlRefusals.At(SqlRefusals.Subquery, token.Position, "EXISTS subqueries are not allowed");
        if (Keywords.IsReserved(token.Text)) throw Unexpected("expected a value, a column or a function");
        return ParseNameExpr();
    }

    private SqlExpr ParseNameExpr()
    {
        var at = Current.Position;
        var quoted = Current.Kind == TokenKind.QuotedIdentifier;
        var first = ParseName("a column");
        if (!quoted && Current.IsSymbol("(")) return ParseCall(first, at);
        if (!TakeSymbol(".")) return new ColumnExpr(null, first, at);
        if (Current.IsSymbol("*"))
            throw SqlRefusals.At(SqlRefusals.NonAggregate, at, "alias.* returns row-level values; select aggregates instead");
        var second = ParseName("a column after '.'");
        if (Current.IsSymbol("("))
            throw SqlRefusals.At(SqlRefusals.UnknownFunction, at, "Qualified function names are not allowed; use Kura's function names");
        return new ColumnExpr(first, second, at);
    }

    private LiteralExpr ParseDateLiteral()
    {
        var at = Take().Position;
        var text = Take().Text;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw SqlRefusals.At(SqlRefusals.Syntax, at, "A DATE literal must be written DATE 'YYYY-MM-DD' with a valid date");
        return new LiteralExpr(LiteralKind.Date, date, at);
    }

    private CaseExpr ParseCase()
    {
        var at = Take().Position;
        Enter();
        try
        {
            SqlExpr? operand = Current.IsWord("WHEN") ? null : ParseExpr();
            var whens = new List<CaseWhen>();
            while (TakeWord("WHEN"))
            {
                var when = ParseExpr();
                ExpectWord("THEN");
                whens.Add(new CaseWhen(when, ParseExpr()));
            }
            if (whens.Count == 0) throw Unexpected("CASE needs at least one WHEN ... THEN");
            SqlExpr? otherwise = TakeWord("ELSE") ? ParseExpr() : null;
            ExpectWord("END");
            return new CaseExpr(operand, whens, otherwise, at);
        }
        finally { Leave(); }
    }

    private ExtractExpr ParseExtract()
    {
        var at = Take().Position;
        ExpectSymbol("(");
        var partToken = Current;
        var part = partToken.Kind == TokenKind.Identifier ? ParseDatePart(partToken.Text) : null;
        if (part is null)
            throw SqlRefusals.At(SqlRefusals.Unsupported, partToken.Position,
                $"EXTRACT supports YEAR, QUARTER, MONTH and DAY, not {partToken.Describe()}");
        _next++;
        ExpectWord("FROM");
        var source = ParseExpr();
        ExpectSymbol(")");
        return new ExtractExpr(part.Value, source, at);
    }

    internal static DatePart? ParseDatePart(string word) => word.ToUpperInvariant() switch
    {
        "YEAR" => DatePart.Year,
        "QUARTER" => DatePart.Quarter,
        "MONTH" => DatePart.Month,
        "DAY" => DatePart.Day,
        _ => null,
    };

    private FunctionExpr ParseCall(string name, SourcePosition at)
    {
        var upper = name.ToUpperInvariant();
        ExpectSymbol("(");
        Enter();
        try
        {
            var distinct = false;
            var star = false;
            var args = new List<SqlExpr>();
            if (TakeSymbol("*")) star = true;
            else if (!Current.IsSymbol(")"))
            {
                distinct = TakeWord("DISTINCT");
                if (!distinct) TakeWord("ALL");
                do args.Add(ParseExpr());
                while (TakeSymbol(","));
            }
            if (Current.IsWord("ORDER"))
                throw SqlRefusals.NotSupported(Current.Position, "ORDER BY inside a function call", "use WITHIN GROUP for percentiles.");
            ExpectSymbol(")");
            var withinGroup = ParseWithinGroup();
            RefuseCallSuffixes();
            return new FunctionExpr(upper, args, distinct, star, withinGroup, at);
        }
        finally { Leave(); }
    }

    private SqlExpr? ParseWithinGroup()
    {
        if (!TakeWord("WITHIN")) return null;
        ExpectWord("GROUP");
        ExpectSymbol("(");
        ExpectWord("ORDER");
        ExpectWord("BY");
        var order = ParseExpr();
        if (TakeWord("DESC"))
            throw SqlRefusals.NotSupported(_tokens[_next - 1].Position, "WITHIN GROUP (ORDER BY ... DESC)", "use ascending order and 1 - p.");
        TakeWord("ASC");
        ExpectSymbol(")");
        return order;
    }

    private void RefuseCallSuffixes()
    {
        if (Current.IsWord("OVER"))
            throw SqlRefusals.NotSupported(Current.Position, "Window functions (OVER)", "aggregate with GROUP BY.");
        if (Current.IsWord("FILTER"))
            throw SqlRefusals.NotSupported(Current.Position, "FILTER clauses", "put a CASE expression inside the aggregate.");
    }
}
