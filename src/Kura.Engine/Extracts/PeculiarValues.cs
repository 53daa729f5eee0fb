using System.Globalization;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// Handling of peculiar values (特異な記述, APPI-ANO-01(4); a Kura safeguard in pseudonymised extracts). Numbers are
/// clamped to the column's declared bounds, which are public metadata, never derived from the data. Rare categories
/// are found by counting the data itself (how many persons hold each value), which is fine here because an extract is
/// not a differentially private release; the threshold is a stated parameter, not data-derived. Pure.
/// </summary>
internal static class PeculiarValues
{
    /// <summary>
    /// Replaces values below or above <paramref name="bounds"/> by the bound; returns how many changed. For integer
    /// columns (<paramref name="integer"/>) the bounds are first rounded inward to whole numbers.
    /// </summary>
    public static int Clamp(string?[] values, ValueBounds bounds, bool integer)
    {
        var lower = integer ? Math.Ceiling(bounds.Lower) : bounds.Lower;
        var upper = integer ? Math.Floor(bounds.Upper) : bounds.Upper;
        var (lowText, highText) = (Text(lower), Text(upper));
        var changed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } text || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            if (value < lower) values[i] = lowText;
            else if (value > upper) values[i] = highText;
            else continue;
            changed++;
        }
        return changed;
    }

    /// <summary>
    /// Replaces every value held by fewer than <paramref name="threshold"/> distinct persons by <see cref="ExtractRules.OtherLabel"/>;
    /// returns how many values changed. <paramref name="persons"/> gives each row's person (null: each row is its own person).
    /// </summary>
    public static int GroupRare(string?[] values, string?[]? persons, int threshold)
    {
        if (threshold <= 1) return 0;
        var holders = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value) continue;
            if (persons is null) counts[value] = counts.GetValueOrDefault(value) + 1;
            else if (persons[i] is { } person)
            {
                if (!holders.TryGetValue(value, out var set)) holders[value] = set = new HashSet<string>(StringComparer.Ordinal);
                set!.Add(person);
            }
        }
        foreach (var (value, set) in holders) counts[value] = set!.Count;
        var changed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value && value != ExtractRules.OtherLabel && counts.GetValueOrDefault(value) < threshold)
            {
                values[i] = ExtractRules.OtherLabel;
                changed++;
            }
        }
        return changed;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
