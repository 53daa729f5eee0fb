using System.Numerics;

namespace Kura.Privacy.Arithmetic;

/// <summary>Exact integer square roots (Newton's method on integers; no floating point).</summary>
internal static class IntegerRoot
{
    /// <summary>floor(√n) for n ≥ 0.</summary>
    public static BigInteger FloorSqrt(BigInteger n)
    {
        if (n.Sign < 0)
            throw new ArgumentOutOfRangeException(nameof(n), "Square root of a negative integer.");
        if (n < 2)
            return n;
        // Start above the root: 2^ceil(bits/2) ≥ √n; Newton's iterates then decrease to floor(√n).
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x)
                return x;
            x = y;
        }
    }
}
