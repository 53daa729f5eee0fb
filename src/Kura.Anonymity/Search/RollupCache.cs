using System.Numerics;

namespace Kura.Anonymity.Search;

/// <summary>
/// Cell sets of recently evaluated nodes, kept so a new node can be generalised from the smallest cached
/// node below it instead of from the data. Holds at most a fixed number of cells in all; the bottom node is
/// never evicted.
/// </summary>
internal sealed class RollupCache<TKey>(Lattice lattice, int bottom, CellSet<TKey> bottomCells, long budget)
    where TKey : unmanaged, IBinaryInteger<TKey>
{
    private readonly Queue<(int Node, CellSet<TKey> Cells)> entries = new();
    private long cached;

    /// <summary>The cached node below or equal to <paramref name="node"/> with the fewest cells.</summary>
    public (int Node, CellSet<TKey> Cells) Source(int node)
    {
        var best = (Node: bottom, Cells: bottomCells);
        foreach (var entry in entries)
        {
            if (entry.Cells.Count < best.Cells.Count && lattice.Precedes(entry.Node, node)) best = entry;
        }
        return best;
    }

    public void Add(int node, CellSet<TKey> cells)
    {
        // Sets nearly as large as the bottom's save little and crowd out useful ones.
        if (cells.Count * 2L > bottomCells.Count && node != bottom) return;
        entries.Enqueue((node, cells));
        cached += cells.Count;
        while (cached > budget && entries.Count > 0) cached -= entries.Dequeue().Cells.Count;
    }
}
