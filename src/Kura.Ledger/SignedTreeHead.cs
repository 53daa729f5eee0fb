using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NSec.Cryptography;

namespace Kura.Ledger;

/// <summary>
/// A signed tree head: the ledger's size and Merkle root at a moment, signed with Ed25519.
/// The signature covers the canonical JSON of every field but <see cref="Signature"/> (see
/// <see cref="SignedBytes()"/>). Published heads let a regulator check later heads for
/// consistency and entries for inclusion. Serialises with System.Text.Json.
/// </summary>
/// <param name="TreeSize">Number of entries covered.</param>
/// <param name="RootHash">RFC 6962 root over those entries.</param>
/// <param name="Timestamp">UTC time of signing; in JSON exactly the signed string, e.g. <c>2026-04-01T09:30:00.0000000Z</c>.</param>
/// <param name="KeyId">First 16 bytes (hex) of SHA-256 of the Ed25519 public key.</param>
/// <param name="Signature">Base64 Ed25519 signature (64 bytes).</param>
/// <param name="Format">Format tag, <see cref="CurrentFormat"/>; covered by the signature.</param>
public sealed record SignedTreeHead(
    [property: JsonPropertyName("tree_size")] long TreeSize,
    [property: JsonPropertyName("root_hash")] LedgerHash RootHash,
    [property: JsonPropertyName("timestamp"), JsonConverter(typeof(LedgerTimestampJsonConverter))] DateTimeOffset Timestamp,
    [property: JsonPropertyName("key_id")] string KeyId,
    [property: JsonPropertyName("signature")] string Signature,
    [property: JsonPropertyName("format")] string Format = SignedTreeHead.CurrentFormat)
{
    /// <summary>The only format this version writes and accepts.</summary>
    public const string CurrentFormat = "kura-tree-head/1";

    /// <summary>The bytes the signature covers.</summary>
    public byte[] SignedBytes() => SignedBytes(TreeSize, RootHash, Timestamp, KeyId, Format);

    /// <summary>Canonical JSON <c>{"format","key_id","root_hash","timestamp","tree_size"}</c>, the Ed25519 message.</summary>
    public static byte[] SignedBytes(long treeSize, LedgerHash root, DateTimeOffset timestamp, string keyId, string format = CurrentFormat)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        CanonicalJson.WriteAscii(buffer, "{\"format\":");
        CanonicalJson.WriteString(buffer, format);
        CanonicalJson.WriteAscii(buffer, ",\"key_id\":");
        CanonicalJson.WriteString(buffer, keyId);
        CanonicalJson.WriteAscii(buffer, ",\"root_hash\":\"" + root.ToHex() + "\",\"timestamp\":\"" +
            LedgerEntryEncoder.FormatTimestamp(timestamp) + "\",\"tree_size\":" + treeSize.ToString(CultureInfo.InvariantCulture) + "}");
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>True when the format is current, the key id matches and the signature is valid for the raw 32-byte Ed25519 <paramref name="publicKey"/>.</summary>
    public bool VerifySignature(ReadOnlySpan<byte> publicKey)
    {
        if (Format != CurrentFormat || KeyId != LedgerSigningKey.KeyIdOf(publicKey)) return false;
        var signature = new byte[64];
        if (!Convert.TryFromBase64String(Signature, signature, out var length) || length != 64) return false;
        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key) || key is null)
            return false;
        return SignatureAlgorithm.Ed25519.Verify(key, SignedBytes(), signature);
    }

    /// <summary>Indented JSON, for printing and publishing.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, IndentedOptions);

    /// <summary>Reads a head written by <see cref="ToJson"/> (or any JSON with the same fields); throws <see cref="JsonException"/> when malformed.</summary>
    public static SignedTreeHead Parse(string json) =>
        JsonSerializer.Deserialize<SignedTreeHead>(json) ?? throw new JsonException("A signed tree head is a JSON object.");

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true };

    public override string ToString() =>
        $"tree head: size {TreeSize}, root {RootHash}, {LedgerEntryEncoder.FormatTimestamp(Timestamp)}, key {KeyId}";
}
