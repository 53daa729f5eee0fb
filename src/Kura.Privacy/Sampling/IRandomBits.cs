using System.Numerics;

namespace Kura.Privacy.Sampling;

/// <summary>
/// A source of independent, uniformly random bits: the only randomness the exact samplers consume.
/// Production code uses <see cref="CryptoRandomBits"/>. Implementations need not be thread-safe.
/// </summary>
public interface IRandomBits
{
    /// <summary>One uniformly random bit.</summary>
    bool NextBit();

    /// <summary>An exactly uniform integer in [0, n) for n ≥ 1 (rejection sampling; never modulo bias).</summary>
    BigInteger UniformBelow(BigInteger n);

    /// <summary>
    /// <paramref name="count"/> (0–64) uniformly random bits in the low bits of the result.
    /// The default draws them one at a time; implementations may override for speed.
    /// </summary>
    ulong NextBits(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 64);
        ulong value = 0;
        for (var i = 0; i < count; i++)
            value = (value << 1) | (NextBit() ? 1UL : 0UL);
        return value;
    }

    /// <summary>An exactly uniform integer in [0, n) for n ≥ 1, by rejection on the fewest bits that cover n − 1.</summary>
    ulong UniformBelow(ulong n)
    {
        ArgumentOutOfRangeException.ThrowIfZero(n);
        if (n == 1)
            return 0;
        var width = 64 - BitOperations.LeadingZeroCount(n - 1);
        while (true)
        {
            var candidate = NextBits(width);
            if (candidate < n)
                return candidate;
        }
    }
}
