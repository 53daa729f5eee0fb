using Kura.Anonymity.Search;

namespace Kura.Anonymity.Tests.Search;

public class LatticeTests
{
    private readonly Lattice lattice = new([3, 2, 4]);

    [Fact]
    public void Node_Levels_RoundTripInMixedRadix()
    {
        Assert.Equal(24, lattice.Size);
        for (var node = 0; node < lattice.Size; node++) Assert.Equal(node, lattice.Node(lattice.Levels(node)));
        Assert.Equal(new[] { 1, 0, 3 }, lattice.Levels(lattice.Node([1, 0, 3])));
    }

    [Fact]
    public void Advance_FromBottom_VisitsNodesInNumberOrder()
    {
        var levels = new int[3];
        for (var node = 0; node < lattice.Size; node++, lattice.Advance(levels)) Assert.Equal(lattice.Levels(node), levels);
    }

    [Fact]
    public void SuccessorAndPredecessor_StopAtTheEnds()
    {
        var node = lattice.Node([2, 0, 1]);

        Assert.Equal(-1, lattice.Successor(node, 0));
        Assert.Equal(lattice.Node([2, 1, 1]), lattice.Successor(node, 1));
        Assert.Equal(-1, lattice.Predecessor(node, 1));
        Assert.Equal(lattice.Node([2, 0, 0]), lattice.Predecessor(node, 2));
        Assert.Equal(3, lattice.Height(node));
    }

    [Fact]
    public void Precedes_IsComponentwise()
    {
        Assert.True(lattice.Precedes(lattice.Node([0, 1, 2]), lattice.Node([1, 1, 3])));
        Assert.False(lattice.Precedes(lattice.Node([0, 1, 2]), lattice.Node([1, 0, 3])));
    }
}
