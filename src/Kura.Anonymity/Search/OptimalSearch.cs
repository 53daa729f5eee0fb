using Kura.Anonymity.Metrics;

namespace Kura.Anonymity.Search;

/// <summary>
/// Exact search of the generalisation lattice for the acceptable node of least metric value, in the manner of
/// ARX's Flash (Kohlmayer et al. 2012) with lower-bound pruning:
/// nodes are visited in increasing order of a lower bound of the metric; an acceptable node tags all its
/// successors acceptable and an unacceptable one all its predecessors unacceptable (predictive tagging, valid
/// because every privacy model is monotonic, suppression budget included); after an unacceptable node the
/// search climbs a greedy path above it and binary-searches it for the lowest acceptable node, tagging large
/// parts of the lattice with a few checks. The visit stops once the bound exceeds the best value found, so the
/// result is optimal. Ties go to the lower node, then to the smaller node number. With suppression, the
/// average-risk ceiling is not monotonic, so it stays out of the tagging: every acceptable node whose bound can
/// still win is evaluated, and only those within the ceiling are candidates.
/// </summary>
internal sealed partial class OptimalSearch
{
    private const byte Unknown = 0, Acceptable = 1, Unacceptable = 2;
    private readonly Lattice lattice;
    private readonly INodeEvaluator evaluator;
    private readonly double[] staticBound;
    private readonly byte[] state;
    private readonly bool[] pruned;
    private readonly int[] heights;
    private readonly bool valueIsStatic;
    private double best = double.PositiveInfinity;
    private int bestNode = -1;

    /// <param name="lattice">The lattice.</param>
    /// <param name="evaluator">Node checker.</param>
    /// <param name="model">Metric.</param>
    /// <param name="noSuppression">True when the suppression budget is 0 (acceptable nodes then suppress nothing).</param>
    /// <param name="minimumSuppressed">Per node, records it must suppress at least; nodes above the budget are skipped.</param>
    /// <param name="budget">Suppression budget in records.</param>
    public OptimalSearch(Lattice lattice, INodeEvaluator evaluator, IQualityModel model, bool noSuppression, int[] minimumSuppressed, int budget)
    {
        this.lattice = lattice;
        this.evaluator = evaluator;
        staticBound = new double[lattice.Size];
        state = new byte[lattice.Size];
        pruned = new bool[lattice.Size];
        heights = new int[lattice.Size];
        var levels = new int[lattice.Dimensions];
        for (var node = 0; node < lattice.Size; node++, lattice.Advance(levels))
        {
            staticBound[node] = model.StaticBound(levels);
            var height = 0;
            foreach (var level in levels) height += level;
            heights[node] = height;
            if (minimumSuppressed[node] > budget) state[node] = Unacceptable;
        }
        // Without suppression an acceptable node's value is its generalisation-only value, known in advance.
        valueIsStatic = noSuppression && model.HasStaticBound;
    }

    public SearchOutcome Run()
    {
        foreach (var node in VisitOrder())
        {
            if (staticBound[node] > best) break;
            if (state[node] == Unacceptable || pruned[node]) continue;
            if (state[node] == Acceptable && valueIsStatic)
            {
                Consider(node, staticBound[node]);
                continue;
            }
            if (!Check(node)) Climb(node);
        }
        return new SearchOutcome(bestNode, best, evaluator.Evaluations);
    }

    private int[] VisitOrder()
    {
        var order = new int[lattice.Size];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, Compare);
        return order;
    }

    // Bound, then height, then node number: the same total order breaks ties between equal values.
    private int Compare(int a, int b)
    {
        var c = staticBound[a].CompareTo(staticBound[b]);
        if (c != 0) return c;
        c = heights[a].CompareTo(heights[b]);
        return c != 0 ? c : a.CompareTo(b);
    }

    /// <summary>Evaluates a node, tags the lattice and records it as a candidate; returns whether it is acceptable.</summary>
    private bool Check(int node)
    {
        var wantValue = !valueIsStatic && staticBound[node] <= best;
        var outcome = evaluator.Evaluate(node, wantValue);
        if (!outcome.Acceptable)
        {
            TagDown(node);
            return false;
        }
        TagUp(node);
        if (valueIsStatic && outcome.WithinRisk) Consider(node, staticBound[node]);
        else if (wantValue)
        {
            if (outcome.WithinRisk) Consider(node, outcome.Value);
            if (outcome.Bound > best) PruneUp(node);
        }
        return true;
    }

    private void Consider(int node, double value)
    {
        if (value < best || (value == best && Compare(node, bestNode) < 0))
        {
            best = value;
            bestNode = node;
        }
    }
}
