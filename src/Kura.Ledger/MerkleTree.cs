using System.Buffers;
using System.Numerics;
using System.Security.Cryptography;

namespace Kura.Ledger;

/// <summary>
/// RFC 6962 §2.1 Merkle tree hashing over SHA-256: leaf = H(0x00 ‖ data), node = H(0x01 ‖ left ‖ right),
/// empty tree = H(""), split at the largest power of two below the size. Also builds audit
/// (inclusion) and consistency paths from leaf hashes. Pure and thread-safe.
/// </summary>
public static class MerkleTree
{
    /// <summary>Root of the empty tree: SHA-256 of no bytes.</summary>
    public static LedgerHash EmptyRoot { get; } = LedgerHash.Compute([]);

    /// <summary>H(0x00 ‖ <paramref name="data"/>).</summary>
    public static LedgerHash LeafHash(ReadOnlySpan<byte> data)
    {
        var rented = ArrayPool<byte>.Shared.Rent(data.Length + 1);
        try
        {
            rented[0] = 0x00;
            data.CopyTo(rented.AsSpan(1));
            return LedgerHash.Compute(rented.AsSpan(0, data.Length + 1));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>H(0x01 ‖ left ‖ right).</summary>
    public static LedgerHash NodeHash(in LedgerHash left, in LedgerHash right)
    {
        Span<byte> input = stackalloc byte[1 + 2 * LedgerHash.Size];
        input[0] = 0x01;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + LedgerHash.Size)..]);
        Span<byte> digest = stackalloc byte[LedgerHash.Size];
        SHA256.HashData(input, digest);
        return new LedgerHash(digest);
    }

    /// <summary>Merkle tree hash MTH(D[n]) of the given leaf hashes.</summary>
    public static LedgerHash Root(ReadOnlySpan<LedgerHash> leaves)
    {
        if (leaves.IsEmpty) return EmptyRoot;
        var frontier = new MerkleFrontier();
        foreach (var leaf in leaves) frontier.Append(leaf);
        return frontier.Root();
    }

    /// <summary>RFC 6962 PATH(m, D[n]): the audit path proving leaf <paramref name="index"/> is in the tree of all <paramref name="leaves"/>.</summary>
    public static LedgerHash[] InclusionPath(ReadOnlySpan<LedgerHash> leaves, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leaves.Length);
        var path = new List<LedgerHash>();
        Path((int)index, leaves, path);
        return [.. path];
    }

    /// <summary>RFC 6962 PROOF(m, D[n]): proves the tree of the first <paramref name="firstSize"/> leaves is a prefix of the tree of all <paramref name="leaves"/>.</summary>
    public static LedgerHash[] ConsistencyPath(ReadOnlySpan<LedgerHash> leaves, long firstSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstSize, leaves.Length);
        var path = new List<LedgerHash>();
        if (firstSize > 0 && firstSize < leaves.Length)
            SubProof((int)firstSize, leaves, true, path);
        return [.. path];
    }

    /// <summary>Largest power of two strictly below <paramref name="n"/> (n ≥ 2).</summary>
    internal static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    private static void Path(int m, ReadOnlySpan<LedgerHash> leaves, List<LedgerHash> path)
    {
        if (leaves.Length <= 1) return;
        var k = (int)SplitPoint(leaves.Length);
        if (m < k)
        {
            Path(m, leaves[..k], path);
            path.Add(Root(leaves[k..]));
        }
        else
        {
            Path(m - k, leaves[k..], path);
            path.Add(Root(leaves[..k]));
        }
    }

    private static void SubProof(int m, ReadOnlySpan<LedgerHash> leaves, bool wholeSubtreeKnown, List<LedgerHash> path)
    {
        if (m == leaves.Length)
        {
            if (!wholeSubtreeKnown) path.Add(Root(leaves));
            return;
        }
        var k = (int)SplitPoint(leaves.Length);
        if (m <= k)
        {
            SubProof(m, leaves[..k], wholeSubtreeKnown, path);
            path.Add(Root(leaves[k..]));
        }
        else
        {
            SubProof(m - k, leaves[k..], false, path);
            path.Add(Root(leaves[..k]));
        }
    }
}
