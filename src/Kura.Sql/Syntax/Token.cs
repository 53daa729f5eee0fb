namespace Kura.Sql.Syntax;

internal enum TokenKind
{
    Identifier,
    QuotedIdentifier,
    String,
    Number,
    Symbol,
    End,
}

/// <summary>One lexical token. <see cref="Text"/> of a string literal is never put in a message.</summary>
internal sealed record Token(TokenKind Kind, string Text, SourcePosition Position)
{
    public bool IsWord(string word) =>
        Kind == TokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>How a message names this token: literals by kind only, so no literal content is echoed.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.String => "a string literal",
        TokenKind.Number => "a number",
        TokenKind.End => "the end of the query",
        TokenKind.Symbol => $"'{Text}'",
        TokenKind.QuotedIdentifier => $"identifier {SqlRefusals.Quote(Text)}",
        _ => Keywords.IsReserved(Text) ? Text.ToUpperInvariant() : SqlRefusals.Quote(Text),
    };
}
