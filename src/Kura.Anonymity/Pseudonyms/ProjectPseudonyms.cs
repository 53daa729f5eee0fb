using System.Security.Cryptography;
using System.Text;
using TextEncoding = System.Text.Encoding;
using Kura.Core;
using Kura.Privacy;

namespace Kura.Anonymity.Pseudonyms;

/// <summary>
/// Keyed pseudonyms for one project (仮名加工情報, APPI-PSE-01): project key = HMAC-SHA256(home key,
/// "kura/pseudonym/v1/" + project); pseudonym = the first 160 bits of HMAC-SHA256(project key, person key), in
/// lower-case base32 (32 characters). HMAC is a pseudorandom function, so without the home key the pseudonyms of
/// different persons look like independent random strings: there is no regularity from which a person key could be
/// restored, and pseudonyms of two projects cannot be linked (proof note: docs/proofs/ProjectPseudonyms.md).
/// Pure (no I/O, no clock); immutable and thread-safe.
/// </summary>
[Proven("docs/proofs/ProjectPseudonyms.md")]
public sealed class ProjectPseudonyms
{
    /// <summary>Domain-separation prefix of the per-project key derivation; a new version gets a new prefix.</summary>
    public const string KeyDerivationPrefix = "kura/pseudonym/v1/";

    /// <summary>Shortest home key accepted, in bytes (256 bits).</summary>
    public const int MinimumHomeKeyBytes = 32;

    /// <summary>Bits of the HMAC output kept in a pseudonym.</summary>
    public const int PseudonymBits = 160;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly byte[] _projectKey;

    /// <param name="homeKey">The home's secret pseudonymisation key (at least 32 random bytes); never stored here.</param>
    /// <param name="project">Project name; pseudonyms differ between projects.</param>
    /// <exception cref="KuraException">KURA-PSEUDONYM-KEY (internal) when the home key is shorter than 32 bytes.</exception>
    public ProjectPseudonyms(ReadOnlySpan<byte> homeKey, string project)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        if (homeKey.Length < MinimumHomeKeyBytes)
            throw KuraException.Internal("KURA-PSEUDONYM-KEY",
                $"The pseudonymisation key is {homeKey.Length} bytes long, fewer than {MinimumHomeKeyBytes}; the home's keys/pseudonym.key is damaged. Restore it from a backup: a new key would change every pseudonym.");
        Project = project;
        _projectKey = HMACSHA256.HashData(homeKey, TextEncoding.UTF8.GetBytes(KeyDerivationPrefix + project));
    }

    /// <summary>The project these pseudonyms belong to.</summary>
    public string Project { get; }

    /// <summary>The pseudonym of <paramref name="personKey"/> (its text form, compared byte for byte as UTF-8): 32 base32 characters.</summary>
    public string For(string personKey)
    {
        ArgumentNullException.ThrowIfNull(personKey);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_projectKey, TextEncoding.UTF8.GetBytes(personKey), mac);
        return Base32(mac[..(PseudonymBits / 8)]);
    }

    // RFC 4648 base32 without padding; 160 bits are exactly 32 characters.
    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 8 / 5);
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }
        if (bits > 0) text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return text.ToString();
    }

    public override string ToString() => $"pseudonyms of project {Project}";
}
