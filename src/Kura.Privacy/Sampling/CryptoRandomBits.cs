using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Kura.Privacy.Sampling;

/// <summary>
/// Random bits from the operating system's CSPRNG (<see cref="RandomNumberGenerator"/>), read in blocks and
/// handed out bit by bit so the samplers' many small draws stay cheap. Not thread-safe: use one instance
/// per thread or per release.
/// </summary>
public sealed class CryptoRandomBits : IRandomBits
{
    private const int BlockBytes = 1024;

    private readonly byte[] _block = new byte[BlockBytes];
    private int _blockOffset = BlockBytes;
    private ulong _word;
    private int _wordBits;

    public bool NextBit()
    {
        if (_wordBits == 0)
            RefillWord();
        var bit = (_word & 1) != 0;
        _word >>= 1;
        _wordBits--;
        return bit;
    }

    public ulong NextBits(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 64);
        if (count == 0)
            return 0;
        if (count <= _wordBits)
            return Take(count);
        // Use what is left of this word, then the low bits of a fresh one.
        var have = _wordBits;
        var low = Take(have);
        RefillWord();
        return low | (Take(count - have) << have);
    }

    public ulong UniformBelow(ulong n)
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

    public BigInteger UniformBelow(BigInteger n)
    {
        if (n.Sign <= 0)
            throw new ArgumentOutOfRangeException(nameof(n), "UniformBelow needs n ≥ 1.");
        if (n <= ulong.MaxValue)
            return UniformBelow((ulong)n);
        var width = (int)(n - 1).GetBitLength();
        while (true)
        {
            var candidate = BigInteger.Zero;
            for (var taken = 0; taken < width; taken += 64)
                candidate |= new BigInteger(NextBits(width - taken < 64 ? width - taken : 64)) << taken;
            if (candidate < n)
                return candidate;
        }
    }

    private ulong Take(int count)
    {
        var value = count == 64 ? _word : _word & ((1UL << count) - 1);
        _word = count == 64 ? 0 : _word >> count;
        _wordBits -= count;
        return value;
    }

    private void RefillWord()
    {
        if (_blockOffset == BlockBytes)
        {
            RandomNumberGenerator.Fill(_block);
            _blockOffset = 0;
        }
        _word = BinaryPrimitives.ReadUInt64LittleEndian(_block.AsSpan(_blockOffset, 8));
        // Bits already handed out are not kept in memory longer than needed.
        _block.AsSpan(_blockOffset, 8).Clear();
        _blockOffset += 8;
        _wordBits = 64;
    }
}
