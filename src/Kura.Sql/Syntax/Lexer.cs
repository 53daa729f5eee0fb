using System.Globalization;
using System.Text;

namespace Kura.Sql.Syntax;

/// <summary>
/// Splits query text into tokens: Unicode identifiers (e.g. 傷病名), double-quoted identifiers, string literals
/// with '' escapes, numbers and symbols; skips whitespace and comments. Any other character is refused by
/// code point, so invisible or direction-changing characters cannot hide in a query.
/// </summary>
internal sealed class Lexer
{
    /// <summary>Longest query text accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 20_000;

    private static readonly string[] Symbols =
        ["<>", "!=", "<=", ">=", "||", "::", "(", ")", ",", ".", ";", "*", "+", "-", "/", "%", "=", "<", ">"];

    private readonly string _text;
    private int _index;
    private int _line = 1;
    private int _column = 1;

    private Lexer(string text) => _text = text;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        if (text.Length > MaxLength)
            throw SqlRefusals.At(SqlRefusals.TooComplex, new SourcePosition(1, 1),
                $"The query is longer than {MaxLength} characters; shorten it");
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);
        return tokens;
    }

    private SourcePosition Here => new(_line, _column);

    private char Peek(int ahead = 0) => _index + ahead < _text.Length ? _text[_index + ahead] : '\0';

    private bool AtEnd => _index >= _text.Length;

    private Token Next()
    {
        SkipTrivia();
        var start = Here;
        if (AtEnd) return new Token(TokenKind.End, "", start);
        var c = Peek();
        if (c == '\'') return new Token(TokenKind.String, ReadQuoted('\'', "string literal"), start);
        if (c == '"') return ReadQuotedIdentifier(start);
        if (IsAsciiDigit(c) || (c == '.' && IsAsciiDigit(Peek(1)))) return new Token(TokenKind.Number, ReadNumber(), start);
        var rune = CurrentRune();
        if (IsIdentifierStart(rune)) return new Token(TokenKind.Identifier, ReadWord(), start);
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(_text, _index, symbol, 0, symbol.Length) != 0) continue;
            Advance(symbol.Length);
            return new Token(TokenKind.Symbol, symbol, start);
        }
        var shown = Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            ? "" : $" '{rune}'";
        throw SqlRefusals.At(SqlRefusals.Syntax, start, $"Unexpected character U+{rune.Value:X4}{shown}");
    }

    private void SkipTrivia()
    {
        while (!AtEnd)
        {
            var c = Peek();
            if (c == '\n') { _index++; _line++; _column = 1; }
            else if (char.IsWhiteSpace(c)) Advance(1);
            else if (c == '-' && Peek(1) == '-') { while (!AtEnd && Peek() != '\n') Advance(1); }
            else if (c == '/' && Peek(1) == '*') SkipBlockComment();
            else return;
        }
    }

    private void SkipBlockComment()
    {
        var start = Here;
        Advance(2);
        while (!(Peek() == '*' && Peek(1) == '/'))
        {
            if (AtEnd) throw SqlRefusals.At(SqlRefusals.Syntax, start, "Unterminated /* comment");
            if (Peek() == '\n') { _index++; _line++; _column = 1; } else Advance(1);
        }
        Advance(2);
    }

    private string ReadQuoted(char quote, string what)
    {
        var start = Here;
        var builder = new StringBuilder();
        Advance(1);
        while (true)
        {
            if (AtEnd) throw SqlRefusals.At(SqlRefusals.Syntax, start, $"Unterminated {what}");
            var c = Peek();
            if (c == quote)
            {
                if (Peek(1) != quote) { Advance(1); return builder.ToString(); }
                builder.Append(quote);
                Advance(2);
                continue;
            }
            if (c == '\n') { builder.Append(c); _index++; _line++; _column = 1; continue; }
            builder.Append(c);
            Advance(1);
        }
    }

    private Token ReadQuotedIdentifier(SourcePosition start)
    {
        var name = ReadQuoted('"', "quoted identifier");
        if (name.Length == 0) throw SqlRefusals.At(SqlRefusals.Syntax, start, "Empty quoted identifier \"\"");
        return new Token(TokenKind.QuotedIdentifier, name, start);
    }

    private string ReadNumber()
    {
        var begin = _index;
        while (IsAsciiDigit(Peek())) Advance(1);
        if (Peek() == '.') { Advance(1); while (IsAsciiDigit(Peek())) Advance(1); }
        if ((Peek() is 'e' or 'E') && (IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && IsAsciiDigit(Peek(2)))))
        {
            Advance(2);
            while (IsAsciiDigit(Peek())) Advance(1);
        }
        if (IsIdentifierStart(CurrentRune()))
            throw SqlRefusals.At(SqlRefusals.Syntax, Here, "A number runs into a name; put a space between them");
        return _text[begin.._index];
    }

    private string ReadWord()
    {
        var begin = _index;
        while (!AtEnd && IsIdentifierPart(CurrentRune()))
        {
            _index += CurrentRune().Utf16SequenceLength;
            _column++;
        }
        return _text[begin.._index].Normalize(NormalizationForm.FormC);
    }

    private Rune CurrentRune() =>
        Rune.DecodeFromUtf16(_text.AsSpan(_index), out var rune, out _) == System.Buffers.OperationStatus.Done
            ? rune : Rune.ReplacementChar;

    private void Advance(int units)
    {
        _index += units;
        _column += units;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsIdentifierStart(Rune rune) => rune.Value == '_' || Rune.IsLetter(rune);

    private static bool IsIdentifierPart(Rune rune) =>
        IsIdentifierStart(rune) || Rune.IsDigit(rune) || Rune.GetUnicodeCategory(rune)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
