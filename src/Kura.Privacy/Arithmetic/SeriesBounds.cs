namespace Kura.Privacy.Arithmetic;

/// <summary>
/// Two-sided bounds on ln and exp from their power series, with every intermediate rounded outward
/// (lower bounds down, upper bounds up) and the truncated tail bounded explicitly.
/// </summary>
internal static class SeriesBounds
{
    private const int ConstantBits = 320;

    private static readonly Lazy<(Rational Lower, Rational Upper)> Ln2Value = new(() => Ln(2, ConstantBits));
    private static readonly Lazy<(Rational Lower, Rational Upper)> EValue = new(() => Exp(Rational.One, ConstantBits));

    /// <summary>Bounds on ln 2 to about 2^-320.</summary>
    public static (Rational Lower, Rational Upper) Ln2 => Ln2Value.Value;

    /// <summary>Bounds on e to a relative 2^-320.</summary>
    public static (Rational Lower, Rational Upper) E => EValue.Value;

    /// <summary>
    /// ln m for m in [1, 2] via ln m = 2·atanh(z), z = (m−1)/(m+1) ∈ [0, 1/3]:
    /// 2·Σ z^(2i+1)/(2i+1), tail after term i at most z^(2i+3)/(2i+3) · 1/(1−z²) ≤ z^(2i+3)/(2i+3) · 9/8.
    /// </summary>
    public static (Rational Lower, Rational Upper) Ln(Rational m, int precision)
    {
        if (m == Rational.One)
            return (Rational.Zero, Rational.Zero);
        var p = precision + 8;
        var z = (m - 1) / (m + 1);
        var zLow = Down(z, p);
        var zHigh = Up(z, p);
        var z2Low = Down(zLow * zLow, p);
        var z2High = Up(zHigh * zHigh, p);
        var stop = new Rational(1, System.Numerics.BigInteger.One << (precision + 4));
        Rational sumLow = 0, sumHigh = 0, powLow = zLow, powHigh = zHigh;
        for (var i = 0; ; i++)
        {
            sumLow += Down(powLow / (2 * i + 1), p);
            sumHigh += Up(powHigh / (2 * i + 1), p);
            powLow = Down(powLow * z2Low, p);
            powHigh = Up(powHigh * z2High, p);
            if (powHigh < stop)
            {
                sumHigh += Up(powHigh * 9 / (8 * (2 * i + 3)), p);
                return (2 * sumLow, 2 * sumHigh);
            }
        }
    }

    /// <summary>
    /// e^f for f in [0, 1] via Σ f^i/i!; the tail after term i is at most 2·f^(i+1)/(i+1)! because f ≤ 1.
    /// </summary>
    public static (Rational Lower, Rational Upper) Exp(Rational f, int precision)
    {
        var p = precision + 8;
        var stop = new Rational(1, System.Numerics.BigInteger.One << (precision + 4));
        Rational sumLow = 0, sumHigh = 0, termLow = 1, termHigh = 1;
        for (var i = 0; ; i++)
        {
            sumLow += termLow;
            sumHigh += termHigh;
            termLow = Down(termLow * f / (i + 1), p);
            termHigh = Up(termHigh * f / (i + 1), p);
            if (termHigh < stop)
                return (sumLow, sumHigh + 2 * termHigh);
        }
    }

    /// <summary>base^exponent for base &gt; 0, rounding every product in one direction so the result bounds the true power.</summary>
    public static Rational Pow(Rational value, int exponent, int precision, bool up)
    {
        var p = precision + 8;
        Rational result = 1;
        var square = value;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
                result = Rational.RoundToSignificantBits(result * square, p, up);
            exponent >>= 1;
            if (exponent > 0)
                square = Rational.RoundToSignificantBits(square * square, p, up);
        }
        return result;
    }

    private static Rational Down(Rational x, int bits) => Rational.RoundToSignificantBits(x, bits, up: false);
    private static Rational Up(Rational x, int bits) => Rational.RoundToSignificantBits(x, bits, up: true);
}
