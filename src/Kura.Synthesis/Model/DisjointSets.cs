namespace Kura.Synthesis.Model;

/// <summary>Union–find over 0 … n − 1 with path halving.</summary>
internal sealed class DisjointSets(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int x)
    {
        while (_parent[x] != x)
            x = _parent[x] = _parent[_parent[x]];
        return x;
    }

    /// <summary>Joins the sets of a and b; false when they were already one set.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
            return false;
        _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        return true;
    }
}
