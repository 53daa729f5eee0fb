namespace Kura.Anonymity.Search;

internal sealed partial class OptimalSearch
{
    private readonly Stack<int> stack = new();

    /// <summary>
    /// Flash's path step: from an unacceptable node follow untagged successors of least bound to the top, then
    /// binary-search that path for its lowest acceptable node; every check tags a cone of the lattice.
    /// </summary>
    private void Climb(int start)
    {
        var path = new List<int>();
        for (var node = NextOnPath(start); node >= 0; node = NextOnPath(node)) path.Add(node);
        int low = 0, high = path.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var node = path[mid];
            var acceptable = state[node] switch
            {
                Acceptable => true,
                Unacceptable => false,
                _ => Check(node),
            };
            if (acceptable) high = mid - 1;
            else low = mid + 1;
        }
    }

    private int NextOnPath(int node)
    {
        var next = -1;
        for (var d = 0; d < lattice.Dimensions; d++)
        {
            var s = lattice.Successor(node, d);
            if (s < 0 || state[s] != Unknown || pruned[s]) continue;
            if (next < 0 || Compare(s, next) < 0) next = s;
        }
        return next;
    }

    private void TagUp(int node) => Spread(node, up: true, mark: n => state[n] = Acceptable, marked: n => state[n] == Acceptable);

    private void TagDown(int node) => Spread(node, up: false, mark: n => state[n] = Unacceptable, marked: n => state[n] == Unacceptable);

    private void PruneUp(int node) => Spread(node, up: true, mark: n => pruned[n] = true, marked: n => pruned[n]);

    // Marks the node and its whole upward (or downward) cone, stopping at nodes already marked.
    private void Spread(int node, bool up, Action<int> mark, Func<int, bool> marked)
    {
        mark(node);
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            for (var d = 0; d < lattice.Dimensions; d++)
            {
                var next = up ? lattice.Successor(current, d) : lattice.Predecessor(current, d);
                if (next < 0 || marked(next)) continue;
                mark(next);
                stack.Push(next);
            }
        }
    }
}
