using System.Globalization;
using System.Text;
using Kura.Core;

namespace Kura.Sql.Syntax;

/// <summary>
/// Builds the refusals of the SQL front end. Every message names the construct and its position; none
/// echoes a string literal, and none depends on data (only on the query text and the catalog).
/// </summary>
internal static class SqlRefusals
{
    public const string Syntax = "KURA-SQL-SYNTAX";
    public const string Unsupported = "KURA-SQL-UNSUPPORTED";
    public const string Statement = "KURA-SQL-STATEMENT";
    public const string MultipleStatements = "KURA-SQL-MULTIPLE-STATEMENTS";
    public const string FileAccess = "KURA-SQL-FILE-ACCESS";
    public const string Subquery = "KURA-SQL-SUBQUERY";
    public const string NonAggregate = "KURA-SQL-NON-AGGREGATE";
    public const string IdentifierColumn = "KURA-SQL-IDENTIFIER-COLUMN";
    public const string NotGranted = "KURA-SQL-NOT-GRANTED";
    public const string UnknownTable = "KURA-SQL-UNKNOWN-TABLE";
    public const string UnknownColumn = "KURA-SQL-UNKNOWN-COLUMN";
    public const string UnknownFunction = "KURA-SQL-UNKNOWN-FUNCTION";
    public const string Join = "KURA-SQL-JOIN";
    public const string Type = "KURA-SQL-TYPE";
    public const string PersonKey = "KURA-SQL-PERSON-KEY";
    public const string TooComplex = "KURA-SQL-TOO-COMPLEX";
    public const string BoundsMissing = "KURA-SQL-BOUNDS-MISSING";
    public const string BoundsUnusable = "KURA-SQL-BOUNDS-UNUSABLE";
    public const string Options = "KURA-SQL-OPTIONS";

    public static KuraException At(string code, SourcePosition at, string message) =>
        KuraException.BadInput(code, $"{message} (at {at}).");

    public static KuraException NotSupported(SourcePosition at, string construct, string hint) =>
        At(Unsupported, at, $"{construct} is not supported in Kura DP SQL; {hint}");

    /// <summary>
    /// A user-typed name made safe to print: at most 64 characters, control, format and bidirectional
    /// characters replaced, so a message cannot reorder or hide text on a terminal.
    /// </summary>
    public static string Quote(string name)
    {
        var builder = new StringBuilder("'");
        var count = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (++count > 64) { builder.Append('…'); break; }
            var category = Rune.GetUnicodeCategory(rune);
            var unsafeRune = category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            builder.Append(unsafeRune ? $"U+{rune.Value:X4}" : rune.ToString());
        }
        return builder.Append('\'').ToString();
    }
}
