using System.Globalization;
using System.Numerics;

namespace Kura.Privacy.Arithmetic;

public readonly partial struct Rational
{
    // Caps the work a hostile string can cause: 10^1000 is far beyond any privacy parameter.
    private const int MaxDecimalExponent = 1000;
    private const int MaxTextLength = 4096;

    /// <summary>The exact value of a <see cref="decimal"/> (e.g. 1e-9m becomes 1/1000000000).</summary>
    public static Rational FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
            mantissa = -mantissa;
        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>
    /// Parses "n", "n/d", a decimal "0.5" or scientific "1e-9" / "2.5E+3" (invariant culture, optional sign).
    /// Throws <see cref="FormatException"/> for anything else; the message does not echo the text.
    /// </summary>
    public static Rational Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException("Not a rational number: expected an integer, \"n/d\", a decimal such as \"0.5\" or scientific notation such as \"1e-9\".");

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
            return false;
        var s = text.Trim();
        var slash = s.IndexOf('/');
        if (slash < 0)
            return TryParseDecimal(s, out value);
        if (!TryParseInteger(s[..slash], allowSign: true, out var numerator)
            || !TryParseInteger(s[(slash + 1)..], allowSign: false, out var denominator)
            || denominator.IsZero)
            return false;
        value = new Rational(numerator, denominator);
        return true;
    }

    /// <summary>"n" for integers, otherwise "n/d" in lowest terms; <see cref="Parse"/> reads it back exactly.</summary>
    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A decimal rendering rounded half away from zero to <paramref name="fractionalDigits"/> digits (0–100),
    /// for display only.
    /// </summary>
    public string ToDecimalString(int fractionalDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractionalDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fractionalDigits, 100);
        var scale = BigInteger.Pow(10, fractionalDigits);
        var scaled = Abs() * scale;
        var rounded = (scaled + new Rational(1, 2)).Floor();
        var digits = BigInteger.DivRem(rounded, scale, out var fraction);
        var sign = Sign < 0 && !rounded.IsZero ? "-" : "";
        if (fractionalDigits == 0)
            return sign + digits.ToString(CultureInfo.InvariantCulture);
        return sign + digits.ToString(CultureInfo.InvariantCulture) + "."
            + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(fractionalDigits, '0');
    }

    /// <summary>
    /// The nearest <see cref="double"/> (to within one unit in the last place), for display and for
    /// choosing public tuning parameters only; never use it for a privacy decision.
    /// </summary>
    public double ToDouble()
    {
        if (IsZero)
            return 0;
        var shift = 64 - (int)(Numerator.GetBitLength() - Denominator.GetBitLength());
        var quotient = shift >= 0
            ? (BigInteger.Abs(Numerator) << shift) / Denominator
            : BigInteger.Abs(Numerator) / (Denominator << -shift);
        var magnitude = Math.ScaleB((double)quotient, -shift);
        return Sign < 0 ? -magnitude : magnitude;
    }

    private static bool TryParseDecimal(string s, out Rational value)
    {
        value = default;
        var exponent = 0;
        var e = s.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > MaxDecimalExponent)
                return false;
            s = s[..e];
        }
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+'))
            s = s[1..];
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? "" : s[(dot + 1)..];
        if (whole.Length + fraction.Length == 0 || !IsDigits(whole) || !IsDigits(fraction))
            return false;
        var mantissa = BigInteger.Parse(whole + fraction is { Length: > 0 } all ? all : "0", CultureInfo.InvariantCulture);
        var power = exponent - fraction.Length;
        value = power >= 0
            ? new Rational(mantissa * BigInteger.Pow(10, power))
            : new Rational(mantissa, BigInteger.Pow(10, -power));
        if (negative)
            value = -value;
        return true;
    }

    private static bool TryParseInteger(string s, bool allowSign, out BigInteger value)
    {
        value = default;
        var digits = allowSign && (s.StartsWith('-') || s.StartsWith('+')) ? s[1..] : s;
        if (digits.Length == 0 || !IsDigits(digits))
            return false;
        value = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (s.StartsWith('-'))
            value = -value;
        return true;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
        }
        return true;
    }
}
