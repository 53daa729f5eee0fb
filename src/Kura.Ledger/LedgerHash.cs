using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// A SHA-256 value (32 bytes) used for entry hashes, Merkle nodes and tree roots. Immutable,
/// compared by value, written in JSON as 64 lowercase hex digits.
/// </summary>
[JsonConverter(typeof(LedgerHashJsonConverter))]
public readonly struct LedgerHash : IEquatable<LedgerHash>
{
    /// <summary>Size of a hash in bytes.</summary>
    public const int Size = 32;

    private readonly ulong _a, _b, _c, _d;

    /// <summary>Copies exactly <see cref="Size"/> bytes.</summary>
    public LedgerHash(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
            throw new ArgumentException($"A ledger hash is {Size} bytes; {bytes.Length} were given.", nameof(bytes));
        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>The all-zero hash: the <c>prev_hash</c> of entry 0.</summary>
    public static LedgerHash Zero => default;

    /// <summary>SHA-256 of <paramref name="data"/>.</summary>
    public static LedgerHash Compute(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Size];
        SHA256.HashData(data, digest);
        return new LedgerHash(digest);
    }

    /// <summary>Writes the 32 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>A fresh array holding the 32 bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>64 lowercase hex digits.</summary>
    public string ToHex() => Convert.ToHexStringLower(ToArray());

    /// <summary>Parses 64 hex digits (either case); throws <see cref="FormatException"/> otherwise.</summary>
    public static LedgerHash Parse(string hex)
    {
        if (!TryParse(hex, out var hash))
            throw new FormatException("A ledger hash is 64 hex digits.");
        return hash;
    }

    /// <summary>Parses 64 hex digits (either case), as chars or UTF-8 bytes.</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out LedgerHash hash)
    {
        Span<byte> bytes = stackalloc byte[Size];
        hash = default;
        if (hex.Length != 2 * Size || Convert.FromHexString(hex, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Size)
            return false;
        hash = new LedgerHash(bytes);
        return true;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out LedgerHash)"/>
    public static bool TryParse(ReadOnlySpan<byte> utf8Hex, out LedgerHash hash)
    {
        Span<char> chars = stackalloc char[2 * Size];
        hash = default;
        if (utf8Hex.Length != chars.Length)
            return false;
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)utf8Hex[i];
        return TryParse(chars, out hash);
    }

    public bool Equals(LedgerHash other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;
    public override bool Equals(object? obj) => obj is LedgerHash other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_a, _b, _c, _d);
    public static bool operator ==(LedgerHash left, LedgerHash right) => left.Equals(right);
    public static bool operator !=(LedgerHash left, LedgerHash right) => !left.Equals(right);
    public override string ToString() => ToHex();
}
