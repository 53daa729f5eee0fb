using Kura.Synthesis.Model;

namespace Kura.Synthesis.Tests.Model;

public class JunctionTreeTests
{
    [Fact]
    public void Build_SpanningTreeOfPairs_HasTheEdgesAsCliques()
    {
        var tree = JunctionTree.Build([3, 3, 3, 3], [[0, 1], [1, 2], [1, 3]]);
        Assert.Equal(3, tree.Cliques.Length);
        Assert.All(tree.Cliques, c => Assert.Equal(2, c.Length));
        Assert.Single(tree.Parent, p => p < 0);
    }

    [Fact]
    public void Build_Cycle_IsTriangulatedWithRunningIntersection()
    {
        var tree = JunctionTree.Build([2, 2, 2, 2], [[0, 1], [1, 2], [2, 3], [0, 3]]);
        Assert.All(tree.Cliques, c => Assert.Equal(3, c.Length));
        AssertRunningIntersection(tree, 4);
    }

    [Fact]
    public void Build_DisconnectedColumns_GivesAForestWithEmptySeparators()
    {
        var tree = JunctionTree.Build([2, 3, 4], [[0], [1], [2]]);
        Assert.Equal(3, tree.Cliques.Length);
        Assert.All(tree.Parent, p => Assert.Equal(-1, p));
        Assert.All(tree.Separators, s => Assert.Empty(s));
        Assert.Equal(9, tree.CellCount([2, 3, 4]));
    }

    private static void AssertRunningIntersection(JunctionTree tree, int columns)
    {
        // Every column's cliques form a connected subtree: exactly one of them lacks the column in its parent.
        for (var column = 0; column < columns; column++)
        {
            var holders = Enumerable.Range(0, tree.Cliques.Length).Where(c => tree.Cliques[c].Contains(column)).ToArray();
            var tops = holders.Count(c => tree.Parent[c] < 0 || !tree.Cliques[tree.Parent[c]].Contains(column));
            Assert.Equal(1, tops);
        }
    }
}
