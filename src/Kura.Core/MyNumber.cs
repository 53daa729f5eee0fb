namespace Kura.Core;

/// <summary>
/// A 個人番号 (My Number): eleven digits followed by the check digit defined in MIC Ordinance
/// No. 85 of 2014, Art. 5 (weights 6,5,4,3,2,7,6,5,4,3,2 from the left; 11 − (sum mod 11), or 0
/// when the remainder is 0 or 1). The value is an APPI individual identification code, so
/// <see cref="ToString"/> is redacted; call <see cref="ToDigits"/> to obtain the number itself.
/// </summary>
public readonly struct MyNumber : IEquatable<MyNumber>
{
    /// <summary>Number of digits, check digit included.</summary>
    public const int Length = 12;

    /// <summary>Exclusive upper bound of the eleven-digit base (10^11).</summary>
    public const long BaseLimit = 100_000_000_000L;

    private static ReadOnlySpan<byte> Weights => [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private readonly long _base;

    private MyNumber(long elevenDigits) => _base = elevenDigits;

    /// <summary>The eleven digits before the check digit, as a number in [0, 10^11).</summary>
    public long Base => _base;

    /// <summary>The check digit, 0–9.</summary>
    public int CheckDigit => ComputeCheckDigit(_base);

    /// <summary>Builds the number whose first eleven digits are <paramref name="elevenDigits"/> (0 ≤ value &lt; 10^11).</summary>
    public static MyNumber FromBase(long elevenDigits)
    {
        if (elevenDigits is < 0 or >= BaseLimit)
            throw KuraException.BadInput("KURA-MYNUMBER-RANGE",
                "A My Number base must have at most eleven digits (0 to 99,999,999,999).");
        return new MyNumber(elevenDigits);
    }

    /// <summary>The check digit for an eleven-digit base in [0, 10^11).</summary>
    public static int ComputeCheckDigit(long elevenDigits)
    {
        var sum = 0;
        var rest = elevenDigits;
        // Weights are listed from the left; walk digits from the right.
        for (var i = Weights.Length - 1; i >= 0; i--)
        {
            sum += (int)(rest % 10) * Weights[i];
            rest /= 10;
        }
        var remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /// <summary>
    /// True when <paramref name="text"/> is twelve ASCII digits, optionally grouped 4-4-4 by one
    /// hyphen or space, whose last digit is the correct check digit.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text) => TryParse(text, out _);

    /// <summary>Parses twelve digits (optionally grouped 4-4-4 by '-' or ' ') with a correct check digit.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out MyNumber value)
    {
        value = default;
        Span<char> digits = stackalloc char[Length];
        if (!TryCollectDigits(text, digits)) return false;
        long elevenDigits = 0;
        for (var i = 0; i < Length - 1; i++) elevenDigits = elevenDigits * 10 + (digits[i] - '0');
        if (digits[Length - 1] - '0' != ComputeCheckDigit(elevenDigits)) return false;
        value = new MyNumber(elevenDigits);
        return true;
    }

    /// <summary>Writes the twelve digits into <paramref name="destination"/> (at least 12 chars).</summary>
    public void WriteDigits(Span<char> destination)
    {
        if (destination.Length < Length)
            throw new ArgumentException("Destination needs room for twelve digits.", nameof(destination));
        var rest = _base;
        for (var i = Length - 2; i >= 0; i--)
        {
            destination[i] = (char)('0' + rest % 10);
            rest /= 10;
        }
        destination[Length - 1] = (char)('0' + CheckDigit);
    }

    /// <summary>The twelve digits as a string. The result is personal data: never log it.</summary>
    public string ToDigits() => string.Create(Length, this, static (span, number) => number.WriteDigits(span));

    /// <summary>Redacted: a My Number is never rendered implicitly.</summary>
    public override string ToString() => "MyNumber(redacted)";

    public bool Equals(MyNumber other) => _base == other._base;
    public override bool Equals(object? obj) => obj is MyNumber other && Equals(other);
    public override int GetHashCode() => _base.GetHashCode();
    public static bool operator ==(MyNumber left, MyNumber right) => left.Equals(right);
    public static bool operator !=(MyNumber left, MyNumber right) => !left.Equals(right);

    private static bool TryCollectDigits(ReadOnlySpan<char> text, Span<char> digits)
    {
        var grouped = text.Length == Length + 2;
        if (text.Length != Length && !grouped) return false;
        if (grouped && (text[4] != text[9] || text[4] is not ('-' or ' '))) return false;
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (grouped && (i == 4 || i == 9)) continue;
            if (!char.IsAsciiDigit(text[i])) return false;
            digits[n++] = text[i];
        }
        return n == Length;
    }
}
