using System.Security.Cryptography;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Storage.Ledger;

namespace Kura.Storage.Extracts;

/// <summary>
/// The file side every extract format shares: content goes to a hidden temporary file beside the target, created
/// readable by the owner only (0600) and recorded in the home's <see cref="PendingOutputs"/> before it exists, so a
/// killed process leaves nothing the next run does not delete; <see cref="Complete"/> flushes it to disk and hashes
/// what is on disk; <see cref="Publish"/> renames it into place (keeping 0600) without overwriting and writes the
/// manifest; an unpublished file is deleted on dispose.
/// </summary>
internal abstract class ExtractFileWriter : IExtractWriter
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly PendingOutputs _pending;
    private bool _completed;
    private bool _published;
    private bool _cleared;

    protected ExtractFileWriter(string target, PendingOutputs pending)
    {
        Target = target;
        _pending = pending;
        var directory = Path.GetDirectoryName(target)!;
        TemporaryPath = Path.Combine(directory, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        pending.Add(TemporaryPath);
        try
        {
            CreateOwnerOnly(TemporaryPath);
        }
        catch
        {
            pending.Remove(TemporaryPath);
            throw;
        }
    }

    /// <summary>The final path.</summary>
    protected string Target { get; }

    /// <summary>Where the content is written until it is published: created empty and owner-only; formats write into this very file.</summary>
    protected string TemporaryPath { get; }

    public abstract void Write(IReadOnlyList<string?> row);

    /// <summary>Writes out any buffered content and closes the temporary file.</summary>
    protected abstract void Finish();

    /// <summary>Releases format resources (without deleting anything).</summary>
    protected abstract void Release();

    public ExtractFileDigest Complete()
    {
        if (_completed) throw new InvalidOperationException("The extract is already complete.");
        Finish();
        using (var stream = new FileStream(TemporaryPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            stream.Flush(flushToDisk: true);
            stream.Position = 0;
            var hash = SHA256.HashData(stream);
            _completed = true;
            return new ExtractFileDigest(Convert.ToHexStringLower(hash), stream.Length);
        }
    }

    public string Publish(ReadOnlySpan<byte> manifest)
    {
        if (!_completed || _published) throw new InvalidOperationException("Only a completed, unpublished extract can be published.");
        try
        {
            File.Move(TemporaryPath, Target, overwrite: false);
        }
        catch (IOException) when (File.Exists(Target))
        {
            throw KuraException.Conflict("KURA-EXTRACT-OUT-EXISTS",
                $"'{Target}' appeared while the extract was being made; the release is in the ledger but the file was not placed. Its content was deleted; run the extract again to another path.");
        }
        _published = true;
        Clear();
        var manifestPath = HomeExtractFiles.ManifestPathOf(Target);
        DurableFile.Replace(manifestPath, manifest);
        DirectorySync.Flush(Path.GetDirectoryName(Target)!);
        return manifestPath;
    }

    public void Dispose()
    {
        Release();
        if (!_published && File.Exists(TemporaryPath)) File.Delete(TemporaryPath);
        Clear();
    }

    /// <summary>Creates the (empty) temporary file with owner-only permissions; it must not exist yet.</summary>
    private static void CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using (new FileStream(path, options)) { }
    }

    private void Clear()
    {
        if (_cleared) return;
        _cleared = true;
        _pending.Remove(TemporaryPath);
    }
}
