using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kura.Anonymity.Search;

/// <summary>Fibonacci hashing of packed keys; the type test is resolved when the generic is specialised.</summary>
internal static class KeyHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot<TKey>(TKey key, int shift) where TKey : unmanaged, IBinaryInteger<TKey>
    {
        ulong x;
        if (typeof(TKey) == typeof(ulong))
        {
            x = Unsafe.As<TKey, ulong>(ref key);
        }
        else
        {
            var wide = Unsafe.As<TKey, UInt128>(ref key);
            x = (ulong)wide ^ ((ulong)(wide >> 64) * 0xC2B2AE3D27D4EB4FUL);
        }
        return (int)((x * Golden) >> shift);
    }
}
