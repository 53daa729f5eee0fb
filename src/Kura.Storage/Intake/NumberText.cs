namespace Kura.Storage.Intake;

/// <summary>
/// The number syntax Kura infers and validates, identical in C# (sample) and in DuckDB (every row,
/// through the RE2 patterns below). Canonical only: no leading zeros, no '+', no spaces, no exponent,
/// so codes such as <c>0012</c> stay text. At most 18 significant digits (fits BIGINT and DECIMAL(18, s)).
/// </summary>
public static class NumberText
{
    /// <summary>Most digits (integer part plus scale) a loaded number may have.</summary>
    public const int MaxDigits = 18;

    /// <summary>RE2 pattern a BIGINT cell must fully match.</summary>
    public const string IntegerPattern = "-?(0|[1-9][0-9]{0,17})";

    /// <summary>RE2 pattern a DECIMAL(18, <paramref name="scale"/>) cell must fully match.</summary>
    public static string DecimalPattern(int scale) =>
        scale == 0 ? IntegerPattern : $"-?(0|[1-9][0-9]{{0,{MaxDigits - scale - 1}}})(\\.[0-9]{{1,{scale}}})?";

    /// <summary>Reads a canonical number: its integer-part digit count and scale; false when not canonical.</summary>
    public static bool TryMeasure(ReadOnlySpan<char> text, out int integerDigits, out int scale)
    {
        integerDigits = 0;
        scale = 0;
        var t = text.Length > 0 && text[0] == '-' ? text[1..] : text;
        var dot = t.IndexOf('.');
        var whole = dot < 0 ? t : t[..dot];
        if (whole.Length == 0 || (whole.Length > 1 && whole[0] == '0') || !AllDigits(whole)) return false;
        if (dot >= 0)
        {
            var fraction = t[(dot + 1)..];
            if (fraction.Length == 0 || !AllDigits(fraction)) return false;
            scale = fraction.Length;
        }
        integerDigits = whole.Length;
        return integerDigits + scale <= MaxDigits;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
