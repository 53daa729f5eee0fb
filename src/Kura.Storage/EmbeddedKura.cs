using Kura.Core;
using Kura.Engine;
using Kura.Storage.Catalog;
using Kura.Storage.Ledger;
using Kura.Storage.Vault;

namespace Kura.Storage;

/// <summary>
/// Creates and opens a Kura home on the local disk with the embedded adapters:
/// DuckDB vault, SQLite catalog, file ledger, keys with owner-only permissions.
/// </summary>
public static class EmbeddedKura
{
    /// <summary>Pseudonymisation key file name under <c>keys/</c>.</summary>
    public const string PseudonymKeyFile = "pseudonym.key";

    /// <summary>
    /// Creates the home if absent. Idempotent: existing files are never overwritten; missing
    /// parts of a partly created home are completed. Returns true when anything was created.
    /// </summary>
    public static bool Init(KuraHome home)
    {
        var created = !File.Exists(home.CatalogPath);
        foreach (var dir in new[] { home.Root, home.LedgerDirectory, home.KeysDirectory, home.PolicyDirectory })
            created |= EnsureDirectory(dir);
        created |= HomeKeys.EnsureKey(Path.Combine(home.KeysDirectory, PseudonymKeyFile));
        created |= HomePolicyFile.For(home).EnsureExists(Kura.Policy.PolicyFile.ShippedDefaultText);
        using (new SqliteCatalog(home.CatalogPath)) { }
        created |= !File.Exists(home.VaultPath);
        using (new DuckDbVault(home.VaultPath)) { }
        using (FileLedgerStore.Open(home.LedgerDirectory, home.KeysDirectory, TimeProvider.System)) { }
        OwnerOnly(home);
        return created;
    }

    // Raw rows, keys and the catalog are the owner's alone: the home and its directories 0700, the databases 0600
    // (SQLite's journal files take the database's mode). Applied to existing homes too, so a loose umask is repaired.
    private static void OwnerOnly(KuraHome home)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var dir in new[] { home.Root, home.LedgerDirectory, home.KeysDirectory, home.PolicyDirectory })
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var file in new[] { home.CatalogPath, home.VaultPath }.Where(File.Exists))
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>Opens an initialised home; refuses a directory that is not one.</summary>
    public static KuraEngine Open(KuraHome home, TimeProvider? time = null, string? actor = null)
    {
        if (!File.Exists(home.CatalogPath))
            throw KuraException.NotFound("KURA-HOME-NOT-INITIALIZED",
                $"'{home.Root}' is not a Kura home (no catalog.db). Create it with 'kura init --home {home.Root}', or point --home / $KURA_HOME at an existing home.");
        time ??= TimeProvider.System;
        var opened = new List<IDisposable>();
        try
        {
            var catalog = Track(opened, new SqliteCatalog(home.CatalogPath));
            var ledger = Track(opened, FileLedgerStore.Open(home.LedgerDirectory, home.KeysDirectory, time, anchor: new CatalogLedgerAnchor(home.CatalogPath)));
            var vault = Track(opened, new DuckDbVault(home.VaultPath));
            return new KuraEngine(vault, catalog, ledger, time, actor ?? Environment.UserName) { PolicyFiles = HomePolicyFile.For(home), ExtractFiles = new Extracts.HomeExtractFiles(home) };
        }
        catch
        {
            foreach (var d in opened) d.Dispose();
            throw;
        }
    }

    private static T Track<T>(List<IDisposable> opened, T item) where T : IDisposable
    {
        opened.Add(item);
        return item;
    }

    private static bool EnsureDirectory(string path)
    {
        if (Directory.Exists(path)) return false;
        Directory.CreateDirectory(path);
        return true;
    }
}
