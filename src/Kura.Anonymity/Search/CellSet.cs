using System.Numerics;

namespace Kura.Anonymity.Search;

/// <summary>
/// Distinct packed keys with record counts: the cells (quasi-identifier labels + sensitive values) of one
/// lattice node. Arrays may be longer than <see cref="Count"/>.
/// </summary>
internal sealed class CellSet<TKey>(TKey[] keys, int[] counts, int count) where TKey : unmanaged, IBinaryInteger<TKey>
{
    public TKey[] Keys { get; } = keys;
    public int[] Counts { get; } = counts;
    public int Count { get; } = count;
}
