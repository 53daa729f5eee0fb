using System.Numerics;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class CryptoRandomBitsTests
{
    [Fact]
    public void NextBits_Full64_EveryBitPositionVaries()
    {
        var rng = new CryptoRandomBits();
        ulong ones = 0, zeros = 0;
        for (var i = 0; i < 200; i++)
        {
            var value = rng.NextBits(64);
            ones |= value;
            zeros |= ~value;
        }
        // Each position is 1 at least once and 0 at least once (failure probability 64·2^-199).
        Assert.Equal(ulong.MaxValue, ones);
        Assert.Equal(ulong.MaxValue, zeros);
    }

    [Fact]
    public void NextBits_MixedWidthsAcrossWordBoundaries_StayInRange()
    {
        var rng = new CryptoRandomBits();
        for (var i = 0; i < 10_000; i++)
        {
            var width = i % 65;
            var value = rng.NextBits(width);
            Assert.True(width == 64 || value < 1UL << width);
        }
    }

    [Fact]
    public void UniformBelow_SmallN_HitsEveryValueAndNothingElse()
    {
        var rng = new CryptoRandomBits();
        var seen = new int[7];
        for (var i = 0; i < 7_000; i++)
            seen[(int)rng.UniformBelow(7UL)]++;
        Assert.All(seen, count => Assert.InRange(count, 700, 1300));
    }

    [Fact]
    public void UniformBelow_BigN_StaysBelowN()
    {
        var rng = new CryptoRandomBits();
        var n = BigInteger.Pow(10, 40) + 7;
        var sawHighHalf = false;
        for (var i = 0; i < 1000; i++)
        {
            var value = rng.UniformBelow(n);
            Assert.InRange(value, BigInteger.Zero, n - 1);
            sawHighHalf |= value > n / 2;
        }
        Assert.True(sawHighHalf);
    }

    [Fact]
    public void UniformBelow_One_IsZero()
    {
        var rng = new CryptoRandomBits();
        Assert.Equal(0UL, rng.UniformBelow(1UL));
        Assert.Equal(BigInteger.Zero, rng.UniformBelow(BigInteger.One));
    }

    [Fact]
    public void UniformBelow_NonPositive_Throws()
    {
        var rng = new CryptoRandomBits();
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.UniformBelow(BigInteger.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.UniformBelow(BigInteger.MinusOne));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.UniformBelow(0UL));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextBits(65));
    }
}
