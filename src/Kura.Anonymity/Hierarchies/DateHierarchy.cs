using System.Globalization;
using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>Builds date hierarchies: day → month (<c>2024-03</c>) → year (<c>2024</c>) → decade (<c>2020-2029</c>) → <c>*</c>.</summary>
public static class DateHierarchy
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>Builds a hierarchy over the distinct <paramref name="values"/>, each a date as yyyy-MM-dd, yyyy/MM/dd or yyyyMMdd.</summary>
    /// <exception cref="KuraException">KURA-ANON-HIERARCHY-INPUT when a value is not a date in one of those formats.</exception>
    public static Hierarchy Build(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            if (!DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                    "A date value is not in yyyy-MM-dd, yyyy/MM/dd or yyyyMMdd form; normalise the column or supply a hierarchy file.");
            }
            var decade = date.Year / 10 * 10;
            rows.Add([
                value,
                date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                date.ToString("yyyy", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{decade}-{decade + 9}"),
                "*",
            ]);
        }
        return Hierarchy.FromRows(rows);
    }
}
