namespace Kura.Engine.Extracts;

/// <summary>
/// One extract being written. Rows go to a temporary file; <see cref="Complete"/> makes it durable and hashes it;
/// <see cref="Publish"/> renames it into place and writes the manifest beside it. Disposing an unpublished writer
/// deletes the temporary file, so a refused or failed release leaves nothing behind. Not thread-safe.
/// </summary>
public interface IExtractWriter : IDisposable
{
    /// <summary>Writes one row, one value per column (null is a missing value).</summary>
    /// <exception cref="Kura.Core.KuraException">KURA-EXTRACT-ENCODING when a value cannot be written in the chosen encoding.</exception>
    void Write(IReadOnlyList<string?> row);

    /// <summary>Finishes the temporary file, flushes it to disk and returns its digest. No row may follow.</summary>
    ExtractFileDigest Complete();

    /// <summary>Moves the completed file to its name (never overwriting) and writes <paramref name="manifest"/> to <c>&lt;file&gt;.manifest.json</c>.</summary>
    /// <returns>The manifest's path.</returns>
    string Publish(ReadOnlySpan<byte> manifest);
}
