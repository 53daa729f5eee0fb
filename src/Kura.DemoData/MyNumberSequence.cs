using Kura.Core;

namespace Kura.DemoData;

/// <summary>
/// Distinct, random-looking synthetic My Numbers: the i-th person gets a keyed permutation of i
/// (a four-round Feistel network on 38 bits with cycle walking) mapped into eleven-digit bases
/// without a leading zero, plus the official check digit. Distinct by construction, so no two
/// demo persons share a number.
/// </summary>
internal sealed class MyNumberSequence
{
    private const int HalfBits = 19;
    private const ulong HalfMask = (1UL << HalfBits) - 1;
    private const long Lowest = MyNumber.BaseLimit / 10; // 10^10: first base without a leading zero
    private const ulong Domain = (ulong)(MyNumber.BaseLimit - Lowest);

    private readonly ulong[] _roundKeys = new ulong[4];

    public MyNumberSequence(ulong key)
    {
        var state = key;
        for (var i = 0; i < _roundKeys.Length; i++) _roundKeys[i] = SeededRandom.SplitMix64(ref state);
    }

    /// <summary>The number for the person with 0-based <paramref name="index"/> (below 9×10^10).</summary>
    public MyNumber For(long index)
    {
        if (index < 0 || (ulong)index >= Domain) throw new ArgumentOutOfRangeException(nameof(index));
        var value = (ulong)index;
        // Cycle walking: a permutation of 2^38 restricted to the domain stays a permutation.
        do value = Permute(value);
        while (value >= Domain);
        return MyNumber.FromBase(Lowest + (long)value);
    }

    private ulong Permute(ulong value)
    {
        var left = value >> HalfBits;
        var right = value & HalfMask;
        foreach (var key in _roundKeys)
        {
            var mixed = right ^ key;
            var next = left ^ (SeededRandom.SplitMix64(ref mixed) & HalfMask);
            left = right;
            right = next;
        }
        return (left << HalfBits) | right;
    }
}
