namespace Kura.Ledger.Tests;

public class ProofVerifierTests
{
    [Fact]
    public void VerifyInclusion_ReferencePaths_AcceptedForEveryLeaf()
    {
        for (var n = 1; n <= 40; n++)
        {
            var reference = MerkleTreeTests.ReferenceLeaves(n);
            var root = new LedgerHash(ReferenceMerkle.Mth(reference));
            for (var m = 0; m < n; m++)
            {
                var path = ReferenceMerkle.Path(m, reference).Select(p => new LedgerHash(p)).ToList();
                Assert.True(ProofVerifier.VerifyInclusion(new LedgerHash(reference[m]), m, n, path, root), $"leaf {m} of {n}");
            }
        }
    }

    [Fact]
    public void VerifyInclusion_AnyAlteration_Rejected()
    {
        var leaves = MerkleTreeTests.Leaves(13);
        var root = MerkleTree.Root(leaves);
        var path = MerkleTree.InclusionPath(leaves, 6).ToList();
        var other = MerkleTree.LeafHash("other"u8);
        Assert.True(ProofVerifier.VerifyInclusion(leaves[6], 6, 13, path, root));
        Assert.False(ProofVerifier.VerifyInclusion(leaves[5], 6, 13, path, root));
        Assert.False(ProofVerifier.VerifyInclusion(leaves[6], 7, 13, path, root));
        // The tree size itself is bound by the signed head, not by the path, so it is not varied here.
        Assert.False(ProofVerifier.VerifyInclusion(leaves[6], 6, 13, path, other));
        Assert.False(ProofVerifier.VerifyInclusion(leaves[6], 6, 13, path[..^1], root));
        Assert.False(ProofVerifier.VerifyInclusion(leaves[6], 6, 13, [.. path, other], root));
        for (var i = 0; i < path.Count; i++)
        {
            var altered = path.ToList();
            altered[i] = other;
            Assert.False(ProofVerifier.VerifyInclusion(leaves[6], 6, 13, altered, root));
        }
    }

    [Fact]
    public void VerifyConsistency_ReferenceProofs_AcceptedForEveryPrefix()
    {
        for (var n = 1; n <= 40; n++)
        {
            var reference = MerkleTreeTests.ReferenceLeaves(n);
            var newRoot = new LedgerHash(ReferenceMerkle.Mth(reference));
            for (var m = 0; m <= n; m++)
            {
                var oldRoot = new LedgerHash(ReferenceMerkle.Mth(reference[..m]));
                var proof = ReferenceMerkle.Proof(m, reference).Select(p => new LedgerHash(p)).ToList();
                Assert.True(ProofVerifier.VerifyConsistency(m, oldRoot, n, newRoot, proof), $"{m} -> {n}");
            }
        }
    }

    [Fact]
    public void VerifyConsistency_RewrittenHistory_Rejected()
    {
        var leaves = MerkleTreeTests.Leaves(21);
        var oldRoot = MerkleTree.Root(leaves.AsSpan(0, 11));
        var rewritten = leaves.ToArray();
        rewritten[3] = MerkleTree.LeafHash("forged"u8);
        var proof = MerkleTree.ConsistencyPath(rewritten, 11);
        Assert.False(ProofVerifier.VerifyConsistency(11, oldRoot, 21, MerkleTree.Root(rewritten), proof));
        Assert.True(ProofVerifier.VerifyConsistency(11, oldRoot, 21, MerkleTree.Root(leaves), MerkleTree.ConsistencyPath(leaves, 11)));
    }

    [Fact]
    public void VerifyConsistency_AlteredProofOrSizes_Rejected()
    {
        var leaves = MerkleTreeTests.Leaves(21);
        var oldRoot = MerkleTree.Root(leaves.AsSpan(0, 6));
        var newRoot = MerkleTree.Root(leaves);
        var proof = MerkleTree.ConsistencyPath(leaves, 6).ToList();
        Assert.False(ProofVerifier.VerifyConsistency(7, oldRoot, 21, newRoot, proof));
        Assert.False(ProofVerifier.VerifyConsistency(6, newRoot, 21, newRoot, proof));
        Assert.False(ProofVerifier.VerifyConsistency(6, oldRoot, 21, newRoot, []));
        Assert.False(ProofVerifier.VerifyConsistency(21, oldRoot, 6, newRoot, proof));
        for (var i = 0; i < proof.Count; i++)
        {
            var altered = proof.ToList();
            altered[i] = MerkleTree.LeafHash("x"u8);
            Assert.False(ProofVerifier.VerifyConsistency(6, oldRoot, 21, newRoot, altered));
        }
    }
}
