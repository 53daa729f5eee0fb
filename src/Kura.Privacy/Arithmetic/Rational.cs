using System.Numerics;

namespace Kura.Privacy.Arithmetic;

/// <summary>
/// An exact rational number n/d over <see cref="BigInteger"/>, always normalised (d &gt; 0, gcd(n, d) = 1).
/// Kura keeps every privacy parameter (ε, δ, ρ, σ², scales) in this type so that budgets never drift
/// through floating-point rounding. <c>default(Rational)</c> is zero. Immutable and thread-safe.
/// </summary>
public readonly partial struct Rational : IEquatable<Rational>, IComparable<Rational>, IComparable
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator; // zero only in default(Rational), read as 1

    /// <summary>Creates n/d and normalises it. Throws <see cref="DivideByZeroException"/> when d = 0.</summary>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
            throw new DivideByZeroException("A rational number cannot have denominator 0.");
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        _numerator = numerator;
        _denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    /// <summary>Creates the integer n.</summary>
    public Rational(BigInteger integer)
    {
        _numerator = integer;
        _denominator = BigInteger.One;
    }

    public static Rational Zero => default;
    public static Rational One => new(BigInteger.One);

    /// <summary>The numerator; carries the sign.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator; always positive.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => _numerator.Sign;

    public bool IsZero => _numerator.IsZero;

    public bool IsInteger => Denominator.IsOne;

    public static implicit operator Rational(int value) => new(value);
    public static implicit operator Rational(long value) => new(value);
    public static implicit operator Rational(BigInteger value) => new(value);

    public static Rational operator +(Rational a, Rational b) =>
        a.Denominator == b.Denominator
            ? new(a.Numerator + b.Numerator, a.Denominator)
            : new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => a + -b;

    public static Rational operator -(Rational a) => FromNormalised(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>Exact quotient; throws <see cref="DivideByZeroException"/> when <paramref name="b"/> is zero.</summary>
    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero)
            throw new DivideByZeroException("Division of a rational number by zero.");
        return new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>The absolute value.</summary>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>1/x; throws <see cref="DivideByZeroException"/> for zero.</summary>
    public Rational Reciprocal() => One / this;

    /// <summary>x raised to an integer power (negative powers take the reciprocal).</summary>
    public Rational Pow(int exponent)
    {
        if (exponent < 0)
            return Reciprocal().Pow(-exponent);
        return FromNormalised(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Denominator, exponent));
    }

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The greatest integer ≤ x.</summary>
    public BigInteger Floor()
    {
        var quotient = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The least integer ≥ x.</summary>
    public BigInteger Ceiling() => -(-this).Floor();

    public int CompareTo(Rational other) =>
        Denominator == other.Denominator
            ? Numerator.CompareTo(other.Numerator)
            : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rational other => CompareTo(other),
        _ => throw new ArgumentException("Object is not a Rational.", nameof(obj)),
    };

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    // Both parts already coprime with a positive denominator: skip the gcd.
    private static Rational FromNormalised(BigInteger numerator, BigInteger denominator) =>
        new(numerator, denominator, normalised: true);

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _ = normalised;
        _numerator = numerator;
        _denominator = denominator;
    }
}
