namespace Kura.Ledger;

/// <summary>
/// Builds an RFC 6962 tree root incrementally: keeps one subtree root per set bit of the size
/// (at most 64), so appending costs amortised one node hash and no allocation. Not thread-safe.
/// </summary>
public sealed class MerkleFrontier
{
    private readonly LedgerHash[] _subtrees = new LedgerHash[64];
    private int _depth;

    /// <summary>Number of leaves appended.</summary>
    public long Size { get; private set; }

    /// <summary>Adds the next leaf hash.</summary>
    public void Append(in LedgerHash leafHash)
    {
        var merged = leafHash;
        // Each trailing 1-bit of the old size is a complete subtree of equal height to merge with.
        for (var bits = Size; (bits & 1) == 1; bits >>= 1)
            merged = MerkleTree.NodeHash(_subtrees[--_depth], merged);
        _subtrees[_depth++] = merged;
        Size++;
    }

    /// <summary>MTH of all leaves appended so far; <see cref="MerkleTree.EmptyRoot"/> when none.</summary>
    public LedgerHash Root()
    {
        if (_depth == 0) return MerkleTree.EmptyRoot;
        var root = _subtrees[_depth - 1];
        for (var i = _depth - 2; i >= 0; i--)
            root = MerkleTree.NodeHash(_subtrees[i], root);
        return root;
    }

    /// <summary>A copy that can be appended to independently.</summary>
    public MerkleFrontier Clone()
    {
        var copy = new MerkleFrontier { Size = Size, _depth = _depth };
        Array.Copy(_subtrees, copy._subtrees, _depth);
        return copy;
    }
}
