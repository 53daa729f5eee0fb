using System.Security.Cryptography;
using System.Text;

namespace Kura.Ledger.Tests;

public class MerkleTreeTests
{
    internal static byte[][] Data(int n) => Enumerable.Range(0, n).Select(i => Encoding.UTF8.GetBytes($"entry {i}")).ToArray();
    internal static LedgerHash[] Leaves(int n) => Data(n).Select(d => MerkleTree.LeafHash(d)).ToArray();
    internal static byte[][] ReferenceLeaves(int n) => Data(n).Select(ReferenceMerkle.Leaf).ToArray();

    [Fact]
    public void EmptyRoot_IsSha256OfNothing() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MerkleTree.EmptyRoot.ToHex());

    [Fact]
    public void LeafHash_PrefixesZeroByte() =>
        Assert.Equal(SHA256.HashData([0x00, 0x61]), MerkleTree.LeafHash("a"u8).ToArray());

    [Fact]
    public void Root_AnySize_MatchesReferenceRecomputation()
    {
        for (var n = 0; n <= 70; n++)
            Assert.Equal(ReferenceMerkle.Mth(ReferenceLeaves(n)), MerkleTree.Root(Leaves(n)).ToArray());
    }

    [Fact]
    public void InclusionPath_EveryLeaf_MatchesReferencePath()
    {
        for (var n = 1; n <= 33; n++)
        {
            var leaves = Leaves(n);
            var reference = ReferenceLeaves(n);
            for (var m = 0; m < n; m++)
                Assert.Equal(ReferenceMerkle.Path(m, reference), MerkleTree.InclusionPath(leaves, m).Select(h => h.ToArray()));
        }
    }

    [Fact]
    public void ConsistencyPath_EveryPrefix_MatchesReferenceProof()
    {
        for (var n = 1; n <= 33; n++)
        {
            var leaves = Leaves(n);
            var reference = ReferenceLeaves(n);
            for (var m = 0; m <= n; m++)
                Assert.Equal(ReferenceMerkle.Proof(m, reference), MerkleTree.ConsistencyPath(leaves, m).Select(h => h.ToArray()));
        }
    }

    [Fact]
    public void InclusionPath_IndexOutsideTree_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.InclusionPath(Leaves(4), 4));
}
