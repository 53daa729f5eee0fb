using Kura.Core;

namespace Kura.Sql.Syntax;

/// <summary>
/// Recursive-descent parser for Kura's DP SQL subset: one SELECT of group keys and aggregates over one vault
/// table or tables joined on the person key. Everything else is refused with a <see cref="KuraException"/>
/// naming the construct and its position. Never hands text to a backend.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deepest nesting of expressions accepted (guards the stack against hostile input).</summary>
    public const int MaxDepth = 48;

    private readonly IReadOnlyList<Token> _tokens;
    private int _next;
    private int _depth;
    private bool _inSubquery;

    private Parser(IReadOnlyList<Token> tokens) => _tokens = tokens;

    public static SelectStatement Parse(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var parser = new Parser(Lexer.Tokenize(sql));
        return parser.ParseQuery();
    }

    private Token Current => _tokens[_next];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_next + ahead, _tokens.Count - 1)];

    private Token Take() => _tokens[_next < _tokens.Count - 1 ? _next++ : _next];

    private bool TakeWord(string word)
    {
        if (!Current.IsWord(word)) return false;
        _next++;
        return true;
    }

    private bool TakeSymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol)) return false;
        _next++;
        return true;
    }

    private void ExpectWord(string word)
    {
        if (!TakeWord(word)) throw Unexpected($"expected {word}");
    }

    private void ExpectSymbol(string symbol)
    {
        if (!TakeSymbol(symbol)) throw Unexpected($"expected '{symbol}'");
    }

    private KuraException Unexpected(string expectation) =>
        SqlRefusals.At(SqlRefusals.Syntax, Current.Position, $"Unexpected {Current.Describe()}; {expectation}");

    private SelectStatement ParseQuery()
    {
        RefuseOtherStatements();
        var statement = ParseSelect();
        RefuseSetOperations();
        if (TakeSymbol(";") && Current.Kind != TokenKind.End)
            throw SqlRefusals.At(SqlRefusals.MultipleStatements, Current.Position,
                "Several statements are not allowed; send exactly one SELECT");
        if (Current.Kind != TokenKind.End) throw Unexpected("the query should end here");
        return statement;
    }

    private void RefuseOtherStatements()
    {
        var first = Current;
        if (first.Kind == TokenKind.End)
            throw SqlRefusals.At(SqlRefusals.Syntax, first.Position, "The query is empty; send one SELECT with aggregates");
        if (first.IsWord("SELECT")) return;
        if (first.IsWord("WITH"))
            throw SqlRefusals.NotSupported(first.Position, "WITH (common table expressions)", "write one SELECT over vault tables.");
        if (first.Kind == TokenKind.Identifier && Keywords.IsOtherStatement(first.Text))
            throw SqlRefusals.At(SqlRefusals.Statement, first.Position,
                $"{first.Text.ToUpperInvariant()} statements are not allowed; Kura answers only one SELECT of aggregates");
        if (first.IsSymbol("("))
            throw SqlRefusals.At(SqlRefusals.Subquery, first.Position, "A parenthesised query is not supported; send one SELECT");
        throw SqlRefusals.At(SqlRefusals.Statement, first.Position,
            $"A query must start with SELECT, not {first.Describe()}");
    }

    private void RefuseSetOperations()
    {
        foreach (var word in new[] { "UNION", "INTERSECT", "EXCEPT" })
            if (Current.IsWord(word))
                throw SqlRefusals.NotSupported(Current.Position, word, "send one SELECT.");
    }

    private string ParseName(string what)
    {
        var token = Current;
        if (token.Kind == TokenKind.QuotedIdentifier) { _next++; return token.Text; }
        if (token.Kind == TokenKind.Identifier && !Keywords.IsReserved(token.Text)) { _next++; return token.Text; }
        throw Unexpected($"expected {what}");
    }

    private bool AtName => Current.Kind == TokenKind.QuotedIdentifier
        || (Current.Kind == TokenKind.Identifier && !Keywords.IsReserved(Current.Text));

    private string? ParseAlias()
    {
        if (TakeWord("AS")) return ParseName("an alias after AS");
        return AtName ? ParseName("an alias") : null;
    }

    private long ParseCount(string clause)
    {
        var token = Current;
        if (token.Kind != TokenKind.Number || !long.TryParse(token.Text, out var value) || value < 0 || value > 1_000_000)
            throw SqlRefusals.At(SqlRefusals.Syntax, token.Position, $"{clause} takes a whole number from 0 to 1000000");
        _next++;
        return value;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
            throw SqlRefusals.At(SqlRefusals.TooComplex, Current.Position,
                $"The expression is nested more than {MaxDepth} levels deep; simplify it");
    }

    private void Leave() => _depth--;
}
