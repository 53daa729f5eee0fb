using System.Numerics;

namespace Kura.Privacy.Arithmetic;

public readonly partial struct Rational
{
    /// <summary>The least multiple of 2^-<paramref name="places"/> that is ≥ x (places ≥ 0). Rounds toward +∞.</summary>
    public Rational CeilingToBinaryPlaces(int places)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(places);
        var scale = BigInteger.One << places;
        return new Rational((this * scale).Ceiling(), scale);
    }

    /// <summary>The greatest multiple of 2^-<paramref name="places"/> that is ≤ x (places ≥ 0). Rounds toward −∞.</summary>
    public Rational FloorToBinaryPlaces(int places)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(places);
        var scale = BigInteger.One << places;
        return new Rational((this * scale).Floor(), scale);
    }

    /// <summary>
    /// Rounds to a dyadic number with about <paramref name="bits"/> significant bits, toward +∞ when
    /// <paramref name="up"/> and toward −∞ otherwise. Keeps bound computations from growing without limit.
    /// </summary>
    internal static Rational RoundToSignificantBits(Rational x, int bits, bool up)
    {
        if (x.IsZero)
            return x;
        if (x.Sign < 0)
            return -RoundToSignificantBits(-x, bits, !up);
        var magnitude = x.Numerator.GetBitLength() - x.Denominator.GetBitLength();
        var shift = checked((int)(bits - magnitude));
        var quotient = shift >= 0
            ? BigInteger.DivRem(x.Numerator << shift, x.Denominator, out var remainder)
            : BigInteger.DivRem(x.Numerator, x.Denominator << -shift, out remainder);
        if (up && !remainder.IsZero)
            quotient += 1;
        return shift >= 0 ? new Rational(quotient, BigInteger.One << shift) : new Rational(quotient << -shift);
    }

    /// <summary>The exact value of a finite double (every double is a dyadic rational). Internal: public parameters only.</summary>
    internal static Rational FromDoubleExact(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), "Only finite doubles have a rational value.");
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent = 1;
        else
            mantissa |= 1L << 52;
        exponent -= 1075;
        Rational magnitude = exponent >= 0
            ? new Rational(new BigInteger(mantissa) << exponent)
            : new Rational(mantissa, BigInteger.One << -exponent);
        return bits < 0 ? -magnitude : magnitude;
    }
}
