namespace Kura.Storage.Intake;

/// <summary>Result of <see cref="SourceDigest"/>.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="InvalidUtf8At">Byte offset of the first invalid UTF-8 sequence, or null when valid or not checked.</param>
public sealed record SourceDigestResult(string Sha256, long? InvalidUtf8At);
