using System.Text.Json;
using Kura.Core;

namespace Kura.Cli.Commands;

/// <summary>
/// Reads the Ed25519 public key given to <c>kura ledger verify --public-key</c>: 64 hex digits or base64, inline or in
/// a file, or a file holding the JSON printed by <c>kura ledger head --json</c> (its <c>publicKey</c> field).
/// </summary>
internal static class LedgerPublicKeyText
{
    public static byte[] Parse(string value)
    {
        var text = File.Exists(value) ? File.ReadAllText(value).Trim() : value.Trim();
        if (TryKey(FromJson(text) ?? text) is { } key) return key;
        throw KuraException.BadInput("KURA-LEDGER-BAD-KEY",
            $"'{value}' is neither an Ed25519 public key (64 hex digits, or base64 of 32 bytes) nor a file holding one or the JSON of " +
            "'kura ledger head --json'. Ask the data holder for the key printed by 'kura ledger head'.");
    }

    private static byte[]? TryKey(string text)
    {
        if (text.Length == 64 && text.All(Uri.IsHexDigit)) return Convert.FromHexString(text);
        var buffer = new byte[48];
        return Convert.TryFromBase64String(text, buffer, out var length) && length == 32 ? buffer[..32] : null;
    }

    private static string? FromJson(string text)
    {
        if (!text.StartsWith('{')) return null;
        try
        {
            var root = JsonDocument.Parse(text).RootElement;
            foreach (var name in new[] { "publicKey", "public_key" })
                if (root.TryGetProperty(name, out var key) && key.ValueKind == JsonValueKind.String) return key.GetString();
        }
        catch (JsonException) { }
        return null;
    }
}
