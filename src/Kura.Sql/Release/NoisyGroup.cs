using System.Numerics;

namespace Kura.Sql.Release;

/// <summary>A released group's key texts and noisy measurements (scalars by measurement, histogram bins by measurement).</summary>
internal sealed class NoisyGroup(IReadOnlyList<string?> keys, int measurements)
{
    public IReadOnlyList<string?> Keys { get; } = keys;

    public BigInteger[] Scalars { get; } = new BigInteger[measurements];

    public BigInteger[]?[] Bins { get; } = new BigInteger[]?[measurements];
}
