using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Mst;

/// <summary>
/// MST's private maximum spanning tree: every pair of columns is scored by the L1 distance between its true
/// 2-way counts and what the model fitted to the noisy 1-way marginals predicts (rounded to whole rows, so the
/// score is an integer with sensitivity 1); then d − 1 Kruskal rounds each pick one edge joining two components
/// with <see cref="ExponentialSelection"/>.
/// </summary>
internal static class TreeSelection
{
    public static int[][] Select(EncodedTable table, CliqueModel oneWayModel, Rational epsilon, IRandomBits rng, Action<int[]> selected)
    {
        var d = table.ColumnCount;
        var pairs = new List<int[]>();
        for (var a = 0; a < d; a++)
        for (var b = a + 1; b < d; b++)
            pairs.Add([a, b]);
        var scores = pairs.Select(p => Score(table, oneWayModel, p[0], p[1])).ToArray();
        var components = new DisjointSets(d);
        var edges = new List<int[]>();
        for (var round = 0; round < d - 1; round++)
        {
            var eligible = Enumerable.Range(0, pairs.Count).Where(i => components.Find(pairs[i][0]) != components.Find(pairs[i][1])).ToArray();
            var choice = eligible[ExponentialSelection.Select(eligible.Select(i => scores[i]).ToArray(), epsilon, 1, rng)];
            components.Union(pairs[choice][0], pairs[choice][1]);
            edges.Add(pairs[choice]);
            selected(pairs[choice]);
        }
        return edges.ToArray();
    }

    /// <summary>Σ |true count − round(predicted count)| over the cells of columns (a, b).</summary>
    private static long Score(EncodedTable table, CliqueModel model, int a, int b)
    {
        var exact = MarginalCounts.Count(table, [a, b]);
        var pa = model.Project([a]);
        var pb = model.Project([b]);
        long score = 0;
        for (var i = 0; i < pa.Length; i++)
        for (var j = 0; j < pb.Length; j++)
            score += Math.Abs(exact[i * pb.Length + j] - (long)Math.Round(pa[i] * pb[j] / model.Total));
        return score;
    }
}
