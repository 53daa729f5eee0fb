using System.Globalization;
using System.Numerics;

namespace Kura.Ledger;

/// <summary>Formats a JSON number literal the way ECMAScript's Number.prototype.toString does (RFC 8785 §3.2.2.3).</summary>
internal static class CanonicalNumber
{
    public static string Format(string literal)
    {
        if (!literal.AsSpan().ContainsAny('.', 'e', 'E'))
        {
            var integer = BigInteger.Parse(literal, CultureInfo.InvariantCulture);
            if (BigInteger.Abs(integer) > CanonicalJson.MaxSafeInteger)
                throw CanonicalJson.NotCanonicalizable("an integer lies outside ±(2^53−1)");
            return integer.ToString(CultureInfo.InvariantCulture);
        }
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
            throw CanonicalJson.NotCanonicalizable("a number is not finite");
        return FormatDouble(value);
    }

    /// <summary>ECMAScript Number::toString for a finite double.</summary>
    public static string FormatDouble(double value)
    {
        if (value == 0) return "0";
        var sign = value < 0 ? "-" : "";
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        string body;
        if (k <= n && n <= 21) body = digits + new string('0', n - k);
        else if (0 < n && n <= 21) body = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0) body = "0." + new string('0', -n) + digits;
        else
        {
            var exponent = n - 1;
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            body = mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }
        return sign + body;
    }

    /// <summary>Shortest round-trip digits s and exponent n with value = 0.s × 10^n.</summary>
    private static (string Digits, int N) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integerDigits = point < 0 ? text.Length : point;
        var all = text.Replace(".", "", StringComparison.Ordinal);
        var leading = all.Length - all.TrimStart('0').Length;
        all = all.Trim('0');
        return (all, integerDigits - leading + exponent);
    }
}
