namespace Kura.Storage.Vault;

/// <summary>
/// Transient import files — a Shift_JIS file transcoded to UTF-8 is a full plaintext copy of the source — live in
/// the vault's own directory (<c>tmp/</c>, owner-only), not the system temp directory, and what an interrupted import
/// left there is deleted when the vault opens. DuckDB lets one process at a time open the vault, so no running
/// import can be in the way.
/// </summary>
internal static class TransientFiles
{
    private const string Prefix = "kura-import-";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary><c>tmp/</c> beside the vault file; null for an in-memory vault.</summary>
    public static string? DirectoryFor(string vaultPath) =>
        vaultPath == ":memory:" ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(vaultPath))!, "tmp");

    public static void RemoveLeftovers(string? parent)
    {
        if (parent is null || !Directory.Exists(parent)) return;
        foreach (var leftover in Directory.GetDirectories(parent, Prefix + "*"))
        {
            try { Directory.Delete(leftover, recursive: true); }
            catch (IOException) { } // retried at the next open
        }
    }

    /// <summary>A new owner-only directory for one import, under <paramref name="parent"/> or the system temp directory.</summary>
    public static string Create(string? parent)
    {
        if (parent is null) return Directory.CreateTempSubdirectory(Prefix).FullName;
        var dir = Path.Combine(parent, Prefix + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dir);
            return dir;
        }
        Directory.CreateDirectory(parent, OwnerOnly);
        File.SetUnixFileMode(parent, OwnerOnly); // an existing directory keeps its mode otherwise
        Directory.CreateDirectory(dir, OwnerOnly);
        return dir;
    }
}
