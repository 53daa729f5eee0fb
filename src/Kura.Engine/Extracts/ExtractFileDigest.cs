namespace Kura.Engine.Extracts;

/// <summary>The written extract file: SHA-256 (lower-case hex) of its bytes and its length in bytes.</summary>
public sealed record ExtractFileDigest(string Sha256, long Bytes);
