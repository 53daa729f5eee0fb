using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>
/// Builds postal-code hierarchies by masking digits from the right: <c>123-4567</c> → <c>123456*</c> →
/// <c>12345**</c> → … → <c>1******</c> → <c>*</c>. Hyphens and spaces are ignored; all codes must have
/// the same number of digits (7 for Japan).
/// </summary>
public static class PostalCodeHierarchy
{
    /// <summary>Builds a hierarchy over the distinct <paramref name="values"/>.</summary>
    /// <exception cref="KuraException">KURA-ANON-HIERARCHY-INPUT when a value has other characters or a different digit count.</exception>
    public static Hierarchy Build(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new List<IReadOnlyList<string>>();
        var width = -1;
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var digits = Digits(value);
            if (width == -1) width = digits.Length;
            if (digits.Length != width || width == 0)
            {
                throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                    "Postal codes must all have the same, non-zero number of digits; normalise the column or supply a hierarchy file.");
            }
            var row = new string[width + 1];
            row[0] = value;
            for (var masked = 1; masked < width; masked++)
            {
                row[masked] = string.Concat(digits.AsSpan(0, width - masked), new string('*', masked));
            }
            row[width] = "*";
            rows.Add(row);
        }
        return Hierarchy.FromRows(rows);
    }

    private static string Digits(string value)
    {
        var chars = new List<char>(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c)) chars.Add(c);
            else if (c is not ('-' or ' ' or '〒'))
            {
                throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                    "A postal code contains a character other than digits, hyphen or space; normalise the column or supply a hierarchy file.");
            }
        }
        return new string(chars.ToArray());
    }
}
