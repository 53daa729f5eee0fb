using System.Numerics;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

/// <summary>A deterministic bit source for unit tests: replays the given bits, then fails loudly.</summary>
internal sealed class ScriptedBits(params int[] bits) : IRandomBits
{
    private int _position;

    public int Consumed => _position;

    public bool NextBit()
    {
        if (_position >= bits.Length)
            throw new InvalidOperationException("The scripted bit sequence is exhausted.");
        return bits[_position++] == 1;
    }

    public BigInteger UniformBelow(BigInteger n)
    {
        var width = (int)(n - 1).GetBitLength();
        while (true)
        {
            var value = BigInteger.Zero;
            for (var i = 0; i < width; i++)
                value = (value << 1) | (NextBit() ? 1 : 0);
            if (value < n)
                return value;
        }
    }
}
