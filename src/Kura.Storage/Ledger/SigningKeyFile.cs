using System.Text.Json;
using System.Text.Json.Serialization;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>Loads or creates <c>keys/ledger-signing.key</c> (JSON, mode 0600).</summary>
internal static class SigningKeyFile
{
    public const string FileName = "ledger-signing.key";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private sealed record KeyDocument(
        [property: JsonPropertyName("algorithm")] string Algorithm,
        [property: JsonPropertyName("private_key")] string PrivateKey,
        [property: JsonPropertyName("public_key")] string PublicKey);

    /// <summary>Loads the key; creates one only when <paramref name="mayCreate"/> (a ledger with no segments yet).</summary>
    public static LedgerSigningKey LoadOrCreate(string keysDirectory, bool mayCreate)
    {
        var path = Path.Combine(keysDirectory, FileName);
        if (File.Exists(path)) return Load(path);
        if (!mayCreate)
            throw KuraException.Internal("KURA-LEDGER-KEY-MISSING",
                $"The ledger has entries but its signing key {path} is missing. Restore the key from a backup; " +
                "a new key cannot sign for an existing ledger.");
        return Create(keysDirectory, path);
    }

    /// <summary>The raw public key from the key file, without importing the private key (for read-only verification).</summary>
    public static byte[] ReadPublicKey(string keysDirectory)
    {
        var path = Path.Combine(keysDirectory, FileName);
        if (!File.Exists(path))
            throw KuraException.NotFound("KURA-LEDGER-KEY-MISSING",
                $"The ledger signing key {path} is missing, so its public key is unknown here. Pass the published public key: " +
                "kura ledger verify --public-key FILE_OR_HEX.");
        try
        {
            var document = JsonSerializer.Deserialize<KeyDocument>(File.ReadAllBytes(path));
            var key = document is { Algorithm: "Ed25519" } ? Convert.FromBase64String(document.PublicKey) : [];
            if (key.Length == 32) return key;
        }
        catch (Exception e) when (e is JsonException or FormatException) { }
        throw KuraException.Internal("KURA-LEDGER-KEY-DAMAGED",
            $"The ledger signing key {path} holds no Ed25519 public key. Restore it from a backup, or pass the published key with --public-key.");
    }

    private static LedgerSigningKey Load(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
            throw KuraException.Internal("KURA-LEDGER-KEY-EXPOSED",
                $"The ledger signing key {path} is readable or writable by other users. Run `chmod 600 {path}` " +
                "and consider the key compromised if others could read it.");
        try
        {
            var document = JsonSerializer.Deserialize<KeyDocument>(File.ReadAllBytes(path));
            if (document is null || document.Algorithm != "Ed25519") throw new JsonException("not an Ed25519 key document");
            var key = LedgerSigningKey.Import(Convert.FromBase64String(document.PrivateKey));
            if (Convert.ToBase64String(key.PublicKey) != document.PublicKey)
            {
                key.Dispose();
                throw new JsonException("the public key does not belong to the private key");
            }
            return key;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            throw KuraException.Internal("KURA-LEDGER-KEY-DAMAGED",
                $"The ledger signing key {path} is damaged ({e.Message}). Restore it from a backup.", e);
        }
    }

    private static LedgerSigningKey Create(string keysDirectory, string path)
    {
        if (!Directory.Exists(keysDirectory))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(keysDirectory);
            else Directory.CreateDirectory(keysDirectory, OwnerOnly | UnixFileMode.UserExecute);
        }
        var key = LedgerSigningKey.Generate();
        var document = new KeyDocument("Ed25519", Convert.ToBase64String(key.ExportPrivateKey()), Convert.ToBase64String(key.PublicKey));
        DurableFile.Replace(path, JsonSerializer.SerializeToUtf8Bytes(document), OwnerOnly);
        return key;
    }
}
