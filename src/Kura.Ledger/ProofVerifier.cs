namespace Kura.Ledger;

/// <summary>
/// Checks inclusion and consistency proofs with nothing but hashes, following RFC 9162 §2.1.3.2
/// and §2.1.4.2, so a regulator holding a published <see cref="SignedTreeHead"/> needs no access
/// to Kura. Pure and thread-safe.
/// </summary>
public static class ProofVerifier
{
    /// <summary>True when <paramref name="path"/> proves the leaf with <paramref name="leafHash"/> sits at <paramref name="leafIndex"/> in the tree of <paramref name="treeSize"/> leaves whose root is <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(LedgerHash leafHash, long leafIndex, long treeSize, IReadOnlyList<LedgerHash> path, LedgerHash root)
    {
        if (leafIndex < 0 || leafIndex >= treeSize) return false;
        long fn = leafIndex, sn = treeSize - 1;
        var r = leafHash;
        foreach (var p in path)
        {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleTree.NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            }
            else
            {
                r = MerkleTree.NodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r == root;
    }

    /// <summary>True when <paramref name="path"/> proves the tree (<paramref name="firstSize"/>, <paramref name="firstRoot"/>) is a prefix of (<paramref name="secondSize"/>, <paramref name="secondRoot"/>): nothing earlier was changed, removed or reordered.</summary>
    public static bool VerifyConsistency(long firstSize, LedgerHash firstRoot, long secondSize, LedgerHash secondRoot, IReadOnlyList<LedgerHash> path)
    {
        if (firstSize < 0 || firstSize > secondSize) return false;
        if (firstSize == secondSize) return path.Count == 0 && firstRoot == secondRoot;
        if (firstSize == 0) return path.Count == 0 && firstRoot == MerkleTree.EmptyRoot;
        if (path.Count == 0) return false;

        var nodes = new List<LedgerHash>(path.Count + 1);
        if ((firstSize & (firstSize - 1)) == 0) nodes.Add(firstRoot); // the old tree is one complete subtree
        nodes.AddRange(path);

        long fn = firstSize - 1, sn = secondSize - 1;
        while ((fn & 1) == 1) { fn >>= 1; sn >>= 1; }
        LedgerHash fr = nodes[0], sr = nodes[0];
        for (var i = 1; i < nodes.Count; i++)
        {
            var c = nodes[i];
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleTree.NodeHash(c, fr);
                sr = MerkleTree.NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            }
            else
            {
                sr = MerkleTree.NodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return fr == firstRoot && sr == secondRoot && sn == 0;
    }
}
