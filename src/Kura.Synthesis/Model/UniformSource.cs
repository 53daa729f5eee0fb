using Kura.Privacy.Sampling;

namespace Kura.Synthesis.Model;

/// <summary>
/// Uniform numbers for sampling synthetic rows from a fitted model (post-processing), drawn from the same
/// cryptographic bit source as the noise so that no predictable generator is ever involved.
/// </summary>
internal sealed class UniformSource(IRandomBits bits)
{
    private const double Unit = 1.0 / (1UL << 53);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => bits.NextBits(53) * Unit;

    /// <summary>A uniform integer in [0, n), n ≥ 1.</summary>
    public int NextInt(int n) => (int)bits.UniformBelow((ulong)n);

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle(int[] values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
