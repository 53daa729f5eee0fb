namespace Kura.Ledger.Tests;

public class MerkleFrontierTests
{
    [Fact]
    public void Root_AfterEachAppend_MatchesReferenceRootOfThatPrefix()
    {
        var leaves = MerkleTreeTests.Leaves(300);
        var reference = MerkleTreeTests.ReferenceLeaves(300);
        var frontier = new MerkleFrontier();
        Assert.Equal(ReferenceMerkle.Mth([]), frontier.Root().ToArray());
        for (var i = 0; i < leaves.Length; i++)
        {
            frontier.Append(leaves[i]);
            Assert.Equal(i + 1, frontier.Size);
            Assert.Equal(ReferenceMerkle.Mth(reference[..(i + 1)]), frontier.Root().ToArray());
        }
    }

    [Fact]
    public void Clone_AppendingToCopy_LeavesOriginalUnchanged()
    {
        var frontier = new MerkleFrontier();
        foreach (var leaf in MerkleTreeTests.Leaves(5)) frontier.Append(leaf);
        var before = frontier.Root();
        var copy = frontier.Clone();
        copy.Append(MerkleTree.LeafHash("x"u8));
        Assert.Equal(before, frontier.Root());
        Assert.NotEqual(before, copy.Root());
    }
}
