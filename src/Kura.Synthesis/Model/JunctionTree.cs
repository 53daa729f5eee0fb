namespace Kura.Synthesis.Model;

/// <summary>
/// A junction tree (forest) over the columns: maximal cliques of a triangulation of the graph that links every
/// pair of columns measured together, joined by a maximum-weight spanning forest on separator sizes. For MST's
/// tree of 2-way marginals the cliques are the tree's edges.
/// </summary>
internal sealed class JunctionTree
{
    private JunctionTree(int[][] cliques, int[] parent, int[] order)
    {
        Cliques = cliques;
        Parent = parent;
        Order = order;
        Separators = Enumerable.Range(0, cliques.Length)
            .Select(c => parent[c] < 0 ? [] : cliques[c].Intersect(cliques[parent[c]]).Order().ToArray())
            .ToArray();
    }

    /// <summary>Maximal cliques, each a sorted list of columns.</summary>
    public int[][] Cliques { get; }

    /// <summary>Parent clique of each clique, −1 for the root of a component.</summary>
    public int[] Parent { get; }

    /// <summary>Columns shared with the parent (empty for roots), sorted.</summary>
    public int[][] Separators { get; }

    /// <summary>Clique indices with every parent before its children.</summary>
    public int[] Order { get; }

    /// <summary>Cells of all cliques together: the model's size.</summary>
    public long CellCount(int[] shape) => Cliques.Sum(c => CellIndex.Size(c, shape));

    /// <summary>Index of a clique containing all of <paramref name="columns"/>, or −1.</summary>
    public int HostOf(IReadOnlyList<int> columns)
    {
        var best = -1;
        for (var c = 0; c < Cliques.Length; c++)
        {
            if (columns.All(Cliques[c].Contains) && (best < 0 || Cliques[c].Length < Cliques[best].Length))
                best = c;
        }
        return best;
    }

    /// <summary>Builds the tree for measured column sets over <paramref name="shape"/>.Length columns.</summary>
    public static JunctionTree Build(int[] shape, IEnumerable<IReadOnlyList<int>> measured)
    {
        var cliques = Triangulation.MaximalCliques(shape, measured);
        var (parent, order) = SpanningForest(cliques);
        return new JunctionTree(cliques, parent, order);
    }

    // Kruskal on separator sizes (largest first) gives the running-intersection property for the
    // maximal cliques of a chordal graph; cliques left unjoined become roots with empty separators.
    private static (int[] Parent, int[] Order) SpanningForest(int[][] cliques)
    {
        var n = cliques.Length;
        var edges = new List<(int Weight, int A, int B)>();
        for (var a = 0; a < n; a++)
        for (var b = a + 1; b < n; b++)
        {
            var shared = cliques[a].Intersect(cliques[b]).Count();
            if (shared > 0)
                edges.Add((shared, a, b));
        }
        var components = new DisjointSets(n);
        var adjacent = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (_, a, b) in edges.OrderByDescending(e => e.Weight).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            if (components.Union(a, b))
            {
                adjacent[a].Add(b);
                adjacent[b].Add(a);
            }
        }
        var parent = Enumerable.Repeat(-2, n).ToArray();
        var order = new List<int>(n);
        for (var root = 0; root < n; root++)
        {
            if (parent[root] != -2)
                continue;
            parent[root] = -1;
            var queue = new Queue<int>([root]);
            while (queue.TryDequeue(out var c))
            {
                order.Add(c);
                foreach (var next in adjacent[c].Where(x => parent[x] == -2))
                {
                    parent[next] = c;
                    queue.Enqueue(next);
                }
            }
        }
        return (parent, order.ToArray());
    }
}
