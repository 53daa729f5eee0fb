namespace Kura.Core;

/// <summary>
/// Parses Japanese era dates (和暦) such as <c>令和5年4月1日</c>, <c>令和元年5月1日</c>, <c>R5.4.1</c>,
/// <c>H31/4/30</c>, with ASCII or full-width digits and letters. Pure and thread-safe.
/// A date must fall inside its era (平成31年5月1日 is refused: that day is 令和元年5月1日).
/// </summary>
public static class JapaneseEraDate
{
    private sealed record Era(string Name, char Letter, DateOnly First, DateOnly Last);

    // Meiji before 1873 used the lunisolar calendar; Kura reads its years proleptically.
    private static readonly Era[] Eras =
    [
        new("明治", 'M', new DateOnly(1868, 1, 1), new DateOnly(1912, 7, 29)),
        new("大正", 'T', new DateOnly(1912, 7, 30), new DateOnly(1926, 12, 24)),
        new("昭和", 'S', new DateOnly(1926, 12, 25), new DateOnly(1989, 1, 7)),
        new("平成", 'H', new DateOnly(1989, 1, 8), new DateOnly(2019, 4, 30)),
        new("令和", 'R', new DateOnly(2019, 5, 1), DateOnly.MaxValue),
    ];

    /// <summary>Parses <paramref name="text"/>; false when it is not a valid era date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        var s = Normalize(text.Trim());
        if (s.Length < 5) return false;
        var era = MatchEra(s, out var rest, out var kanjiForm);
        if (era is null) return false;
        return kanjiForm ? TryParseKanji(era, rest, out date) : TryParseDotted(era, rest, out date);
    }

    private static Era? MatchEra(string s, out string rest, out bool kanjiForm)
    {
        foreach (var era in Eras)
        {
            if (s.StartsWith(era.Name, StringComparison.Ordinal))
            {
                rest = s[era.Name.Length..].TrimStart();
                kanjiForm = true;
                return era;
            }
            if (char.ToUpperInvariant(s[0]) == era.Letter)
            {
                rest = s[1..].TrimStart();
                kanjiForm = false;
                return era;
            }
        }
        rest = "";
        kanjiForm = false;
        return null;
    }

    // 5年4月1日, 元年5月1日 (spaces allowed between parts).
    private static bool TryParseKanji(Era era, string s, out DateOnly date)
    {
        date = default;
        var pos = 0;
        if (!TryYear(s, ref pos, out var year) || !Expect(s, ref pos, '年')) return false;
        if (!TryNumber(s, ref pos, 2, out var month) || !Expect(s, ref pos, '月')) return false;
        if (!TryNumber(s, ref pos, 2, out var day) || !Expect(s, ref pos, '日')) return false;
        return pos == s.Length && TryBuild(era, year, month, day, out date);
    }

    // 5.4.1, 05/04/01, 5-4-1 (one separator used twice).
    private static bool TryParseDotted(Era era, string s, out DateOnly date)
    {
        date = default;
        var pos = 0;
        if (!TryYear(s, ref pos, out var year) || pos >= s.Length) return false;
        var sep = s[pos];
        if (sep is not ('.' or '/' or '-')) return false;
        pos++;
        if (!TryNumber(s, ref pos, 2, out var month) || !Expect(s, ref pos, sep)) return false;
        if (!TryNumber(s, ref pos, 2, out var day)) return false;
        return pos == s.Length && TryBuild(era, year, month, day, out date);
    }

    private static bool TryYear(string s, ref int pos, out int year)
    {
        if (pos < s.Length && s[pos] == '元')
        {
            pos++;
            year = 1;
            return true;
        }
        return TryNumber(s, ref pos, 2, out year) && year >= 1;
    }

    private static bool TryNumber(string s, ref int pos, int maxDigits, out int value)
    {
        while (pos < s.Length && s[pos] == ' ') pos++;
        value = 0;
        var start = pos;
        while (pos < s.Length && pos - start < maxDigits && char.IsAsciiDigit(s[pos]))
            value = value * 10 + (s[pos++] - '0');
        return pos > start && (pos >= s.Length || !char.IsAsciiDigit(s[pos]));
    }

    private static bool Expect(string s, ref int pos, char c)
    {
        while (pos < s.Length && s[pos] == ' ') pos++;
        if (pos >= s.Length || s[pos] != c) return false;
        pos++;
        while (pos < s.Length && s[pos] == ' ') pos++;
        return true;
    }

    private static bool TryBuild(Era era, int year, int month, int day, out DateOnly date)
    {
        date = default;
        var gregorianYear = era.First.Year + year - 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(gregorianYear, month)) return false;
        date = new DateOnly(gregorianYear, month, day);
        return date >= era.First && date <= era.Last;
    }

    /// <summary>Maps full-width digits, letters, spaces and separators to ASCII; keeps kanji.</summary>
    private static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            buffer[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
        }
        return new string(buffer);
    }
}
