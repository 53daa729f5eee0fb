using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kura.Core;

namespace Kura.Detection;

/// <summary>
/// Parses calendar dates as Japanese data writes them: ISO <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>,
/// <c>yyyy.M.d</c>, <c>yyyyMMdd</c>, <c>yyyy年M月d日</c> (a trailing time is ignored), and era dates
/// such as <c>昭和45年3月12日</c>, <c>平成元年1月8日</c>, <c>S45.3.12</c>, <c>H1/1/8</c>, <c>R6-10-01</c>.
/// Input is NFKC-normalised first, so full-width digits are accepted. Era dates are read by
/// <see cref="JapaneseEraDate"/>, the one era parser Kura has. Pure; thread-safe.
/// </summary>
public static partial class JapaneseDate
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="usesEra"/> tells whether it was written with a Japanese era.</summary>
    public static bool TryParse(string? text, out DateOnly date, out bool usesEra)
    {
        date = default;
        usesEra = false;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Normalize(NormalizationForm.FormKC).Trim();
        if (JapaneseEraDate.TryParse(value, out date))
        {
            usesEra = true;
            return true;
        }
        var western = WesternPattern().Match(value);
        return western.Success && TryCreate(Int(western.Groups["y"]), Int(western.Groups["m"]), Int(western.Groups["d"]), out date);
    }

    /// <summary>Parses <paramref name="text"/> in any supported form.</summary>
    public static bool TryParse(string? text, out DateOnly date) => TryParse(text, out date, out _);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?<y>\d{4})(?:[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})日|(?<m>\d{2})(?<d>\d{2}))(?:[T\s].*)?)$")]
    private static partial Regex WesternPattern();
}
