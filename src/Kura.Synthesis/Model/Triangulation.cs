namespace Kura.Synthesis.Model;

/// <summary>
/// Greedy triangulation of the column graph (eliminate the column whose elimination clique has the fewest
/// cells, ties to fewest fill edges, then lowest index) and the maximal cliques it produces.
/// </summary>
internal static class Triangulation
{
    public static int[][] MaximalCliques(int[] shape, IEnumerable<IReadOnlyList<int>> measured)
    {
        var n = shape.Length;
        var neighbours = Enumerable.Range(0, n).Select(_ => new HashSet<int>()).ToArray();
        foreach (var set in measured)
        {
            foreach (var a in set)
            foreach (var b in set)
            {
                if (a != b)
                    neighbours[a].Add(b);
            }
        }
        var remaining = new HashSet<int>(Enumerable.Range(0, n));
        var cliques = new List<int[]>();
        while (remaining.Count > 0)
        {
            var v = remaining.OrderBy(x => EliminationCells(x, neighbours, shape)).ThenBy(x => FillEdges(x, neighbours)).ThenBy(x => x).First();
            var clique = neighbours[v].Append(v).Order().ToArray();
            cliques.Add(clique);
            foreach (var a in neighbours[v])
            {
                foreach (var b in neighbours[v])
                {
                    if (a != b)
                        neighbours[a].Add(b);
                }
                neighbours[a].Remove(v);
            }
            remaining.Remove(v);
        }
        // Keep only cliques not contained in another.
        return cliques
            .Where((c, i) => !cliques.Where((d, j) => j != i && d.Length >= c.Length && c.All(d.Contains) && (d.Length > c.Length || j < i)).Any())
            .ToArray();
    }

    private static double EliminationCells(int v, HashSet<int>[] neighbours, int[] shape) =>
        neighbours[v].Aggregate((double)shape[v], (cells, u) => cells * shape[u]);

    private static int FillEdges(int v, HashSet<int>[] neighbours)
    {
        var fill = 0;
        foreach (var a in neighbours[v])
        foreach (var b in neighbours[v])
        {
            if (a < b && !neighbours[a].Contains(b))
                fill++;
        }
        return fill;
    }
}
