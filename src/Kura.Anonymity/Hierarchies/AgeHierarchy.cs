using System.Globalization;
using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>Builds age hierarchies: age → nested bands (default 5, 10 and 20 years, aligned at 0) → <c>*</c>.</summary>
public static class AgeHierarchy
{
    /// <summary>Default band widths in years: 5, 10, 20.</summary>
    public static IReadOnlyList<int> DefaultBands { get; } = [5, 10, 20];

    /// <summary>
    /// Builds a hierarchy over the distinct <paramref name="values"/> (whole years, 0–200). Band labels read
    /// <c>35-39</c>: the band of width w holding age a starts at ⌊a/w⌋·w.
    /// </summary>
    /// <param name="values">Ages as invariant-culture integers; duplicates are ignored.</param>
    /// <param name="bandWidths">Strictly increasing widths, each dividing the next; default <see cref="DefaultBands"/>.</param>
    /// <exception cref="KuraException">KURA-ANON-HIERARCHY-INPUT when a value is not an age or the widths do not nest.</exception>
    public static Hierarchy Build(IEnumerable<string> values, IReadOnlyList<int>? bandWidths = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var widths = bandWidths ?? DefaultBands;
        CheckWidths(widths);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > 200)
            {
                throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                    "An age value is not a whole number of years between 0 and 200; clean the column or supply a hierarchy file.");
            }
            var row = new string[widths.Count + 2];
            row[0] = value;
            for (var i = 0; i < widths.Count; i++)
            {
                var start = age / widths[i] * widths[i];
                row[i + 1] = string.Create(CultureInfo.InvariantCulture, $"{start}-{start + widths[i] - 1}");
            }
            row[^1] = "*";
            rows.Add(row);
        }
        return Hierarchy.FromRows(rows);
    }

    private static void CheckWidths(IReadOnlyList<int> widths)
    {
        for (var i = 0; i < widths.Count; i++)
        {
            var ok = widths[i] > 0 && (i == 0 || (widths[i] > widths[i - 1] && widths[i] % widths[i - 1] == 0));
            if (!ok)
            {
                throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                    "Age band widths must be positive, strictly increasing, and each must divide the next (e.g. 5, 10, 20).");
            }
        }
    }
}
