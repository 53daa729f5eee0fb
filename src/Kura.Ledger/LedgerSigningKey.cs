using System.Security.Cryptography;
using NSec.Cryptography;

namespace Kura.Ledger;

/// <summary>
/// The Ed25519 key that signs tree heads (NSec over libsodium). Holds the private key in
/// unmanaged memory; dispose it. Storing the key is the store's job. Signing is thread-safe.
/// </summary>
public sealed class LedgerSigningKey : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key;

    private LedgerSigningKey(Key key)
    {
        _key = key;
        PublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        KeyId = KeyIdOf(PublicKey);
    }

    /// <summary>Raw 32-byte Ed25519 public key; hand it to regulators to check heads.</summary>
    public byte[] PublicKey { get; }

    /// <summary>Key id written into each head, see <see cref="KeyIdOf"/>.</summary>
    public string KeyId { get; }

    /// <summary>A new random key.</summary>
    public static LedgerSigningKey Generate() => new(Key.Create(Algorithm, ExportableParameters));

    /// <summary>Imports a raw 32-byte Ed25519 private key (seed); throws <see cref="ArgumentException"/> when it is not one.</summary>
    public static LedgerSigningKey Import(ReadOnlySpan<byte> privateKey)
    {
        if (!Key.TryImport(Algorithm, privateKey, KeyBlobFormat.RawPrivateKey, out var key, ExportableParameters) || key is null)
            throw new ArgumentException("An Ed25519 private key is 32 raw bytes.", nameof(privateKey));
        return new LedgerSigningKey(key);
    }

    /// <summary>The raw 32-byte private key, for the key file only.</summary>
    public byte[] ExportPrivateKey() => _key.Export(KeyBlobFormat.RawPrivateKey);

    /// <summary>Signs the head for a tree of <paramref name="treeSize"/> entries with root <paramref name="root"/>.</summary>
    public SignedTreeHead Sign(long treeSize, LedgerHash root, DateTimeOffset timestamp)
    {
        var message = SignedTreeHead.SignedBytes(treeSize, root, timestamp, KeyId);
        var signature = Algorithm.Sign(_key, message);
        return new SignedTreeHead(treeSize, root, timestamp, KeyId, Convert.ToBase64String(signature));
    }

    /// <summary>First 16 bytes of SHA-256(public key) as 32 lowercase hex digits.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> publicKey) =>
        Convert.ToHexStringLower(SHA256.HashData(publicKey)[..16]);

    public void Dispose() => _key.Dispose();

    private static KeyCreationParameters ExportableParameters =>
        new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
}
