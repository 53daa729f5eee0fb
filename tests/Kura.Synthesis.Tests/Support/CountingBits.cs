using System.Numerics;
using Kura.Privacy.Sampling;

namespace Kura.Synthesis.Tests.Support;

/// <summary>Cryptographic bits that count how many were drawn: zero draws means nothing was measured.</summary>
internal sealed class CountingBits : IRandomBits
{
    private readonly CryptoRandomBits _inner = new();

    public long Drawn { get; private set; }

    public bool NextBit()
    {
        Drawn++;
        return _inner.NextBit();
    }

    public BigInteger UniformBelow(BigInteger n)
    {
        Drawn++;
        return _inner.UniformBelow(n);
    }

    public ulong NextBits(int count)
    {
        Drawn += count;
        return _inner.NextBits(count);
    }

    public ulong UniformBelow(ulong n)
    {
        Drawn++;
        return _inner.UniformBelow(n);
    }
}
