namespace Kura.Anonymity.Search;

/// <summary>
/// The generalisation lattice: one node per combination of levels, numbered in mixed radix with the first
/// quasi-identifier most significant. A successor raises one level by one.
/// </summary>
internal sealed class Lattice
{
    private readonly int[] strides;

    public Lattice(IReadOnlyList<int> heights)
    {
        Heights = heights.ToArray();
        strides = new int[Heights.Length];
        long size = 1;
        for (var d = Heights.Length - 1; d >= 0; d--)
        {
            strides[d] = (int)size;
            size *= Heights[d];
            if (size > 10_000_000) throw Kura.Core.KuraException.BadInput("KURA-ANON-LATTICE-TOO-LARGE",
                "The generalisation lattice has more than 10 million transformations; use fewer quasi-identifiers or hierarchies with fewer levels.");
        }
        Size = (int)size;
    }

    /// <summary>Levels per dimension (hierarchy heights, ≥ 1).</summary>
    public int[] Heights { get; }

    public int Dimensions => Heights.Length;

    public int Size { get; }

    public int Level(int node, int dimension) => node / strides[dimension] % Heights[dimension];

    public void Levels(int node, Span<int> levels)
    {
        for (var d = 0; d < Heights.Length; d++) levels[d] = Level(node, d);
    }

    public int[] Levels(int node)
    {
        var levels = new int[Heights.Length];
        Levels(node, levels);
        return levels;
    }

    public int Node(ReadOnlySpan<int> levels)
    {
        var node = 0;
        for (var d = 0; d < levels.Length; d++) node += levels[d] * strides[d];
        return node;
    }

    /// <summary>Advances <paramref name="levels"/> to the next node in numbering order (an odometer; avoids divisions).</summary>
    public void Advance(Span<int> levels)
    {
        for (var d = levels.Length - 1; d >= 0; d--)
        {
            if (++levels[d] < Heights[d]) return;
            levels[d] = 0;
        }
    }

    /// <summary>Sum of levels: the node's height in the lattice.</summary>
    public int Height(int node)
    {
        var sum = 0;
        for (var d = 0; d < Heights.Length; d++) sum += Level(node, d);
        return sum;
    }

    /// <summary>The node with dimension <paramref name="dimension"/> one level higher, or -1 at the top.</summary>
    public int Successor(int node, int dimension) =>
        Level(node, dimension) + 1 < Heights[dimension] ? node + strides[dimension] : -1;

    /// <summary>The node with dimension <paramref name="dimension"/> one level lower, or -1 at level 0.</summary>
    public int Predecessor(int node, int dimension) =>
        Level(node, dimension) > 0 ? node - strides[dimension] : -1;

    /// <summary>True when every level of <paramref name="lower"/> is at most that of <paramref name="upper"/>.</summary>
    public bool Precedes(int lower, int upper)
    {
        for (var d = 0; d < Heights.Length; d++)
        {
            if (Level(lower, d) > Level(upper, d)) return false;
        }
        return true;
    }
}
