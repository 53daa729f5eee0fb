using System.Runtime.CompilerServices;
using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity.Search;

/// <summary>
/// A lower bound on the records any node must suppress for k-anonymity, from two-attribute projections
/// (Incognito's subset property): a record whose pair of labels occurs fewer than k times lies in a class
/// smaller than k at every node generalising those two attributes to those levels.
/// </summary>
internal static class RareMassBound
{
    private const long MaxCells = 1 << 22;   // skip pairs whose joint domain would not fit a small array
    private const long MaxWork = 200_000_000; // nodes × pairs; beyond this the bound costs more than it saves

    /// <summary>For every node, the largest rare mass over all attribute pairs (or the single attribute).</summary>
    /// <param name="hierarchies">Hierarchy per quasi-identifier.</param>
    /// <param name="labels">Leaf code per quasi-identifier of each bottom cell.</param>
    /// <param name="counts">Records per bottom cell.</param>
    /// <param name="lattice">The lattice.</param>
    /// <param name="k">k of k-anonymity.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Compute(Hierarchy[] hierarchies, int[][] labels, int[] counts, Lattice lattice, int k)
    {
        var bound = new int[lattice.Size];
        if (k <= 1) return bound;
        var m = lattice.Dimensions;
        if ((long)lattice.Size * Math.Max(1, m * (m - 1) / 2) > MaxWork) return bound;
        var pairs = new List<(int D, int E, int[,] Rare)>();
        for (var d = 0; d < m; d++)
        {
            for (var e = m == 1 ? d : d + 1; e < m; e++)
            {
                if (PairRareMass(hierarchies[d], hierarchies[e], labels[d], labels[e], counts, k) is { } rare) pairs.Add((d, e, rare));
            }
        }
        var levels = new int[m];
        for (var node = 0; node < lattice.Size; node++, lattice.Advance(levels))
        {
            var max = 0;
            foreach (var (d, e, rare) in pairs) max = Math.Max(max, rare[levels[d], levels[e]]);
            bound[node] = max;
        }
        return bound;
    }

    // rare[a, b]: records whose (label at level a of d, label at level b of e) occurs in fewer than k records.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[,]? PairRareMass(Hierarchy hd, Hierarchy he, int[] cd, int[] ce, int[] counts, int k)
    {
        if ((long)hd.DomainSize * he.DomainSize > MaxCells) return null;
        var joint = new int[hd.DomainSize * he.DomainSize];
        for (var i = 0; i < cd.Length; i++) joint[cd[i] * he.DomainSize + ce[i]] += counts[i];
        var present = new List<(int I, int J, int N)>();
        for (var i = 0; i < joint.Length; i++)
        {
            if (joint[i] != 0) present.Add((i / he.DomainSize, i % he.DomainSize, joint[i]));
        }
        var rare = new int[hd.Levels, he.Levels];
        for (var a = 0; a < hd.Levels; a++)
        {
            var mapD = hd.CodesAt(a);
            for (var b = 0; b < he.Levels; b++)
            {
                var mapE = he.CodesAt(b);
                var width = he.LabelCount(b);
                var grid = new int[hd.LabelCount(a) * width];
                foreach (var (i, j, n) in present) grid[mapD[i] * width + mapE[j]] += n;
                var mass = 0;
                foreach (var n in grid) if (n > 0 && n < k) mass += n;
                rare[a, b] = mass;
            }
        }
        return rare;
    }
}
