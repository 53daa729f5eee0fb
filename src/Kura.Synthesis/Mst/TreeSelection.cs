using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Mst;

/// <summary>
/// MST's private maximum spanning tree over a set of columns: every pair is scored by the L1 distance between its
/// true 2-way counts and what the model fitted to the measurements so far predicts (rounded to whole rows, so the
/// score is an integer with sensitivity 1); then Kruskal rounds each pick one pair joining two components with
/// <see cref="ExponentialSelection"/>.
/// </summary>
internal static class TreeSelection
{
    public static int[][] Select(EncodedTable table, CliqueModel model, IReadOnlyList<int> columns, Rational epsilon,
        IRandomBits rng, Action<int[]> selected)
    {
        var pairs = new List<int[]>();
        for (var i = 0; i < columns.Count; i++)
        for (var j = i + 1; j < columns.Count; j++)
            pairs.Add([columns[i], columns[j]]);
        var scores = pairs.Select(p => Score(table, model, p)).ToArray();
        var components = new DisjointSets(table.ColumnCount);
        var edges = new List<int[]>();
        for (var round = 0; round < columns.Count - 1; round++)
        {
            var eligible = Enumerable.Range(0, pairs.Count).Where(i => components.Find(pairs[i][0]) != components.Find(pairs[i][1])).ToArray();
            var choice = eligible[ExponentialSelection.Select(eligible.Select(i => scores[i]).ToArray(), epsilon, 1, rng)];
            components.Union(pairs[choice][0], pairs[choice][1]);
            edges.Add(pairs[choice]);
            selected(pairs[choice]);
        }
        return edges.ToArray();
    }

    /// <summary>Σ |true count − round(predicted count)| over the cells of the pair (a, b), a &lt; b.</summary>
    private static long Score(EncodedTable table, CliqueModel model, int[] pair) =>
        SelectionScore.L1(MarginalCounts.Count(table, pair), MarginalQuery.Rounded(MarginalQuery.Project(model, pair)));
}
