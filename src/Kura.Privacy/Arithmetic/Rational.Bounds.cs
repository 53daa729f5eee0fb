using System.Numerics;

namespace Kura.Privacy.Arithmetic;

public readonly partial struct Rational
{
    /// <summary>Largest precision, in bits, accepted by the bound functions below.</summary>
    public const int MaxBoundBits = 256;

    /// <summary>
    /// A rational r with r ≥ √x and r − √x &lt; 2^-<paramref name="bits"/> (x ≥ 0; bits 1–4096). Exact when √x is
    /// a multiple of 2^-bits. Used wherever a square root must err on the side that adds privacy.
    /// </summary>
    public static Rational SqrtUpper(Rational x, int bits) => SqrtBounds(x, bits).Upper;

    /// <summary>A rational r with r ≤ √x and √x − r &lt; 2^-<paramref name="bits"/> (x ≥ 0; bits 1–4096).</summary>
    public static Rational SqrtLower(Rational x, int bits) => SqrtBounds(x, bits).Lower;

    /// <summary>A rational r ≥ ln x with r − ln x ≤ 2^-<paramref name="bits"/> (x &gt; 0; bits 1–<see cref="MaxBoundBits"/>).</summary>
    public static Rational LnUpper(Rational x, int bits) => LnBounds(x, bits).Upper;

    /// <summary>A rational r ≤ ln x with ln x − r ≤ 2^-<paramref name="bits"/> (x &gt; 0; bits 1–<see cref="MaxBoundBits"/>).</summary>
    public static Rational LnLower(Rational x, int bits) => LnBounds(x, bits).Lower;

    /// <summary>
    /// A rational r ≥ e^x with relative error below 2^-<paramref name="bits"/>
    /// (|x| ≤ 1,000,000; bits 1–<see cref="MaxBoundBits"/>).
    /// </summary>
    public static Rational ExpUpper(Rational x, int bits) => ExpBounds(x, bits).Upper;

    /// <summary>A rational 0 &lt; r ≤ e^x with relative error below 2^-<paramref name="bits"/> (as <see cref="ExpUpper"/>).</summary>
    public static Rational ExpLower(Rational x, int bits) => ExpBounds(x, bits).Lower;

    private static (Rational Lower, Rational Upper) SqrtBounds(Rational x, int bits)
    {
        if (x.Sign < 0)
            throw new ArgumentOutOfRangeException(nameof(x), "Square root bound of a negative number.");
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 4096);
        // N = floor(x·4^b) and s = floor(√N) give s ≤ √(x·4^b) < s + 1.
        var scaled = BigInteger.DivRem(x.Numerator << (2 * bits), x.Denominator, out var remainder);
        var root = IntegerRoot.FloorSqrt(scaled);
        var scale = BigInteger.One << bits;
        var lower = new Rational(root, scale);
        var exact = remainder.IsZero && root * root == scaled;
        return (lower, exact ? lower : new Rational(root + 1, scale));
    }

    private static (Rational Lower, Rational Upper) LnBounds(Rational x, int bits)
    {
        if (x.Sign <= 0)
            throw new ArgumentOutOfRangeException(nameof(x), "Logarithm bound of a non-positive number.");
        CheckBoundBits(bits);
        if (x == One)
            return (Zero, Zero);
        // x = m·2^k with m in [1, 2); ln x = k·ln 2 + ln m.
        var k = (int)(x.Numerator.GetBitLength() - x.Denominator.GetBitLength());
        var m = k >= 0 ? new Rational(x.Numerator, x.Denominator << k) : new Rational(x.Numerator << -k, x.Denominator);
        if (m < One) { k--; m *= 2; }
        if (m >= 2) { k++; m /= 2; }
        var (mLower, mUpper) = SeriesBounds.Ln(m, bits + 8);
        var (ln2Lower, ln2Upper) = SeriesBounds.Ln2;
        var lower = mLower + k * (k >= 0 ? ln2Lower : ln2Upper);
        var upper = mUpper + k * (k >= 0 ? ln2Upper : ln2Lower);
        return (lower.FloorToBinaryPlaces(bits + 8), upper.CeilingToBinaryPlaces(bits + 8));
    }

    private static (Rational Lower, Rational Upper) ExpBounds(Rational x, int bits)
    {
        CheckBoundBits(bits);
        if (x.Abs() > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(x), "Exponential bounds are computed for |x| ≤ 1,000,000 only.");
        var whole = x.Floor();
        var precision = bits + 16 + (int)BigInteger.Abs(whole).GetBitLength();
        var (fLower, fUpper) = SeriesBounds.Exp(x - whole, precision);
        if (whole.IsZero)
            return (fLower, fUpper);
        var (eLower, eUpper) = SeriesBounds.E;
        var power = (int)BigInteger.Abs(whole);
        var powLower = SeriesBounds.Pow(eLower, power, precision, up: false);
        var powUpper = SeriesBounds.Pow(eUpper, power, precision, up: true);
        return whole.Sign > 0
            ? (RoundToSignificantBits(fLower * powLower, precision, up: false), RoundToSignificantBits(fUpper * powUpper, precision, up: true))
            : (RoundToSignificantBits(fLower / powUpper, precision, up: false), RoundToSignificantBits(fUpper / powLower, precision, up: true));
    }

    private static void CheckBoundBits(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, MaxBoundBits);
    }
}
