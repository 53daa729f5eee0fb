namespace Kura.Sql.Syntax;

/// <summary>
/// Reads a number token exactly and enforces Kura's literal limits: at most <see cref="MaxDigits"/> significant
/// digits, so |n| &lt; 10^18, and at most <see cref="MaxDecimals"/> decimal places. Such a literal is a DECIMAL(19, 18)
/// at worst, so comparing it with a BIGINT or a DECIMAL(18, s) column needs at most 37 digits: the backend never
/// narrows a stored value of those types to fit the comparison (docs/proofs/RankBounding.md, "Totality").
/// </summary>
internal static class NumberLiteral
{
    public const int MaxDigits = 18;
    public const int MaxDecimals = 18;

    /// <summary>The exact value of a number token; refused when malformed or beyond the limits.</summary>
    public static decimal Parse(Token token)
    {
        // Whole-number zeros count as significant: 10^18 has 19 digits.
        if (DecimalDigits.Parse(token.Text) is not { } number
            || number.Digits.Length + Math.Max(number.Exponent, 0) > MaxDigits || number.DecimalPlaces > MaxDecimals)
            throw Refused(token);
        // At most 18 digits over at most 10^18: parsing the plain text is exact.
        return decimal.Parse(number.ToPlainText(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Kura.Core.KuraException Refused(Token token) =>
        SqlRefusals.At(SqlRefusals.Syntax, token.Position,
            $"A number literal is out of range; numbers may have at most {MaxDigits} significant digits (so they lie strictly within ±10^18) " +
            $"and at most {MaxDecimals} decimal places");
}
