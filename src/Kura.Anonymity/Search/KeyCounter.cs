using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kura.Anonymity.Search;

/// <summary>
/// Open-addressing (linear probing) map from packed key to a dense entry index with a count. Entries are
/// kept in insertion order; <see cref="Reset"/> makes it reusable without reallocating. Not thread-safe.
/// </summary>
internal sealed class KeyCounter<TKey> where TKey : unmanaged, IBinaryInteger<TKey>
{
    private int[] slots = [];   // entry index + 1; 0 = empty
    private int shift;
    private int mask;
    private int limit;          // entries allowed before the slots are doubled
    private TKey[] keys = [];
    private int[] counts = [];

    public int Count { get; private set; }
    public TKey[] Keys => keys;
    public int[] Counts => counts;

    /// <summary>Empties the map and sizes it for <paramref name="capacity"/> distinct keys; it grows beyond that if needed.</summary>
    public void Reset(int capacity)
    {
        Count = 0;
        Resize(Math.Max(16, capacity));
    }

    // Keeps the load factor at most ½ and re-inserts existing entries.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Resize(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        if (slots.Length < size) slots = new int[size];
        else Array.Clear(slots, 0, size);
        mask = size - 1;
        shift = 64 - BitOperations.Log2((uint)size);
        limit = size / 2;
        if (keys.Length < limit)
        {
            Array.Resize(ref keys, limit);
            Array.Resize(ref counts, limit);
        }
        for (var i = 0; i < Count; i++)
        {
            var slot = KeyHash.Slot(keys[i], shift);
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = i + 1;
        }
    }

    /// <summary>Adds <paramref name="count"/> to the entry of <paramref name="key"/>; returns its entry index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(TKey key, int count)
    {
        var slot = KeyHash.Slot(key, shift);
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                if (Count == limit)
                {
                    Resize(limit * 2);
                    return Add(key, count);
                }
                var index = Count++;
                keys[index] = key;
                counts[index] = count;
                slots[slot] = index + 1;
                return index;
            }
            if (keys[entry - 1] == key)
            {
                counts[entry - 1] += count;
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Entry index of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(TKey key)
    {
        var slot = KeyHash.Slot(key, shift);
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            if (keys[entry - 1] == key) return entry - 1;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Copies the entries into a right-sized cell set.</summary>
    public CellSet<TKey> ToCellSet() => new(keys.AsSpan(0, Count).ToArray(), counts.AsSpan(0, Count).ToArray(), Count);
}
