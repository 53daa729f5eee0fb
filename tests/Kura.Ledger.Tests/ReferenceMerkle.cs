using System.Security.Cryptography;

namespace Kura.Ledger.Tests;

/// <summary>
/// RFC 6962 §2.1 written out literally over byte arrays (MTH, PATH, PROOF, SUBPROOF), sharing no
/// code with Kura.Ledger, so the library's trees and proofs are checked against an independent
/// recomputation.
/// </summary>
internal static class ReferenceMerkle
{
    public static byte[] Leaf(byte[] data) => SHA256.HashData([0x00, .. data]);

    public static byte[] Mth(byte[][] leafHashes) => leafHashes.Length switch
    {
        0 => SHA256.HashData(Array.Empty<byte>()),
        1 => leafHashes[0],
        _ => Node(Mth(leafHashes[..K(leafHashes.Length)]), Mth(leafHashes[K(leafHashes.Length)..])),
    };

    public static List<byte[]> Path(int m, byte[][] d)
    {
        if (d.Length <= 1) return [];
        var k = K(d.Length);
        return m < k ? [.. Path(m, d[..k]), Mth(d[k..])] : [.. Path(m - k, d[k..]), Mth(d[..k])];
    }

    public static List<byte[]> Proof(int m, byte[][] d) => m == 0 || m == d.Length ? [] : SubProof(m, d, true);

    private static List<byte[]> SubProof(int m, byte[][] d, bool b)
    {
        if (m == d.Length) return b ? [] : [Mth(d)];
        var k = K(d.Length);
        return m <= k ? [.. SubProof(m, d[..k], b), Mth(d[k..])] : [.. SubProof(m - k, d[k..], false), Mth(d[..k])];
    }

    private static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    private static int K(int n)
    {
        var k = 1;
        while (k * 2 < n) k *= 2;
        return k;
    }
}
