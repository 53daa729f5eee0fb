namespace Kura.Engine.Extracts;

/// <summary>
/// Port for where extracts are written and the secret their pseudonyms derive from (the embedded adapter: the local
/// disk and the home's <c>keys/pseudonym.key</c>). Implementations write atomically: a file appears under its name only
/// through <see cref="IExtractWriter.Publish"/>.
/// </summary>
public interface IExtractFiles
{
    /// <summary>The home's pseudonymisation key (32 random bytes). The caller zeroes the copy when done.</summary>
    byte[] ReadPseudonymKey();

    /// <summary>
    /// Refuses, before any work, an output that exists already (or whose manifest does) or whose directory does not.
    /// First deletes the temporary files an earlier run that was killed left behind (recorded before they were created).
    /// </summary>
    /// <exception cref="Kura.Core.KuraException">KURA-EXTRACT-OUT-EXISTS, KURA-EXTRACT-OUT-DIRECTORY.</exception>
    void CheckTarget(string path);

    /// <summary>Starts an extract file: a temporary file in the target's directory, readable by its owner only, with the header written.</summary>
    IExtractWriter Create(string path, ExtractFileFormat format, ExtractTextEncoding encoding, IReadOnlyList<ExtractColumn> columns);
}
