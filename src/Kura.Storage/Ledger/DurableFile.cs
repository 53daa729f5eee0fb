namespace Kura.Storage.Ledger;

/// <summary>Small files replaced atomically and durably: write a temporary file, fsync, rename, fsync the directory.</summary>
internal static class DurableFile
{
    public static void Replace(string path, ReadOnlySpan<byte> content, UnixFileMode? mode = null)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 0 };
        if (mode is { } m && !OperatingSystem.IsWindows()) options.UnixCreateMode = m;
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static void Delete(string path)
    {
        if (!File.Exists(path)) return;
        File.Delete(path);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }
}
