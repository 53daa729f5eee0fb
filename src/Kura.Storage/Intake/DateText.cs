using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>
/// Recognises the date notations Kura infers: ISO <c>yyyy-MM-dd</c> (loaded natively by DuckDB) and the
/// Japanese notations <c>yyyy/M/d</c>, <c>yyyy-M-d</c> and era dates (converted by Kura). Pure.
/// </summary>
public static class DateText
{
    /// <summary>Classifies <paramref name="text"/>: <see cref="DateNotation.Iso"/>, <see cref="DateNotation.Japanese"/>, or null when not a date.</summary>
    public static DateNotation? Classify(ReadOnlySpan<char> text)
    {
        if (IsStrictIso(text)) return DateNotation.Iso;
        return TryParseJapanese(text, out _) ? DateNotation.Japanese : null;
    }

    /// <summary>Parses any supported notation (ISO, slash or dash with 1–2 digit parts, era).</summary>
    public static bool TryParseJapanese(ReadOnlySpan<char> text, out DateOnly date)
    {
        var t = text.Trim();
        return TryParseGregorian(t, '/', out date) || TryParseGregorian(t, '-', out date)
            || JapaneseEraDate.TryParse(t, out date);
    }

    private static bool IsStrictIso(ReadOnlySpan<char> t) =>
        t.Length == 10 && t[4] == '-' && t[7] == '-' && TryParseGregorian(t, '-', out _);

    private static bool TryParseGregorian(ReadOnlySpan<char> t, char separator, out DateOnly date)
    {
        date = default;
        var first = t.IndexOf(separator);
        if (first != 4) return false;
        var second = t[5..].IndexOf(separator);
        if (second < 1 || second > 2) return false;
        var yearPart = t[..4];
        var monthPart = t.Slice(5, second);
        var dayPart = t[(6 + second)..];
        if (dayPart.Length is < 1 or > 2) return false;
        if (!AllDigits(yearPart) || !AllDigits(monthPart) || !AllDigits(dayPart)) return false;
        int year = int.Parse(yearPart), month = int.Parse(monthPart), day = int.Parse(dayPart);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }
}
