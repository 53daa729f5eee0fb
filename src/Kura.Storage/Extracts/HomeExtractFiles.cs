using Kura.Core;
using Kura.Engine;
using Kura.Engine.Extracts;

namespace Kura.Storage.Extracts;

/// <summary>
/// Extract files on the local disk, and the home's pseudonymisation key (<c>keys/pseudonym.key</c>). Thread-safe (no
/// shared state); each writer is used by one caller.
/// </summary>
public sealed class HomeExtractFiles : IExtractFiles
{
    /// <summary>Suffix of the sidecar manifest written beside every extract.</summary>
    public const string ManifestSuffix = ".manifest.json";

    private readonly string _keyPath;
    private readonly PendingOutputs _pending;

    /// <param name="home">The home whose key pseudonyms derive from, and whose <c>pending-outputs</c> records files being written.</param>
    public HomeExtractFiles(KuraHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        _keyPath = Path.Combine(home.KeysDirectory, EmbeddedKura.PseudonymKeyFile);
        _pending = new PendingOutputs(home.Root);
    }

    /// <summary>The manifest path of an extract file.</summary>
    public static string ManifestPathOf(string extractPath) => extractPath + ManifestSuffix;

    /// <inheritdoc/>
    public byte[] ReadPseudonymKey()
    {
        if (!File.Exists(_keyPath))
            throw KuraException.Internal("KURA-PSEUDONYM-KEY",
                $"The pseudonymisation key {_keyPath} is missing. Restore it from a backup: a new key would change every pseudonym.");
        return HomeKeys.Read(_keyPath);
    }

    /// <inheritdoc/>
    public void CheckTarget(string path)
    {
        _pending.RemoveLeftovers();
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is null || !Directory.Exists(directory))
            throw KuraException.BadInput("KURA-EXTRACT-OUT-DIRECTORY", $"The directory of --out '{path}' does not exist; create it first.");
        if (Directory.Exists(full))
            throw KuraException.BadInput("KURA-EXTRACT-OUT-DIRECTORY", $"--out '{path}' is a directory; give a file name.");
        foreach (var existing in new[] { full, ManifestPathOf(full) }.Where(File.Exists))
            throw KuraException.Conflict("KURA-EXTRACT-OUT-EXISTS",
                $"'{existing}' already exists; Kura never overwrites a released file or its manifest. Choose another --out.");
    }

    /// <inheritdoc/>
    public IExtractWriter Create(string path, ExtractFileFormat format, ExtractTextEncoding encoding, IReadOnlyList<ExtractColumn> columns)
    {
        CheckTarget(path);
        var full = Path.GetFullPath(path);
        return format == ExtractFileFormat.Parquet
            ? new ParquetExtractWriter(full, _pending, columns)
            : new CsvExtractWriter(full, _pending, encoding, columns);
    }
}
