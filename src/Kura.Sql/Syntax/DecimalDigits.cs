using System.Globalization;

namespace Kura.Sql.Syntax;

/// <summary>
/// A decimal number read exactly from text: ±<see cref="Digits"/> × 10^<see cref="Exponent"/>, where Digits has no
/// leading or trailing zeros (empty for zero). Two texts denote the same number exactly when they give equal values.
/// </summary>
internal readonly record struct DecimalDigits(bool Negative, string Digits, int Exponent)
{
    /// <summary>Reads <c>[+-]digits[.digits][(e|E)[+-]digits]</c>; null when malformed or the exponent is beyond ±9999.</summary>
    public static DecimalDigits? Parse(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative || text.StartsWith('+') ? text[1..] : text;
        var e = body.IndexOfAny(['e', 'E']);
        var exponent = 0;
        if (e >= 0 && !(int.TryParse(body.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                && Math.Abs(exponent) <= 9999))
            return null;
        var mantissa = e < 0 ? body : body[..e];
        var point = mantissa.IndexOf('.');
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var digits = (point < 0 ? mantissa : mantissa[..point]) + fraction;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return null;
        digits = digits.TrimStart('0');
        exponent -= fraction.Length;
        var significant = digits.TrimEnd('0');
        return new DecimalDigits(negative && significant.Length > 0, significant, exponent + digits.Length - significant.Length);
    }

    /// <summary>Digits after the point when written out.</summary>
    public int DecimalPlaces => Math.Max(-Exponent, 0);

    /// <summary>Plain decimal text without exponent, trailing zeros or "-0": equal values give equal texts.</summary>
    public string ToPlainText()
    {
        if (Digits.Length == 0) return "0";
        var sign = Negative ? "-" : "";
        if (Exponent >= 0) return sign + Digits + new string('0', Exponent);
        var point = Digits.Length + Exponent;
        return point > 0
            ? sign + Digits[..point] + "." + Digits[point..]
            : sign + "0." + new string('0', -point) + Digits;
    }
}
