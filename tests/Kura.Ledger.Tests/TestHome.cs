using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kura.Storage.Catalog;
using Kura.Storage.Ledger;

namespace Kura.Ledger.Tests;

/// <summary>A throw-away Kura home with ledger/ and keys/, deleted on dispose.</summary>
internal sealed class TestHome : IDisposable
{
    public TestHome()
    {
        Root = Path.Combine(Path.GetTempPath(), "kura-ledger-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }
    public string LedgerDir => Path.Combine(Root, "ledger");
    public string KeysDir => Path.Combine(Root, "keys");
    public string HeadFile => Path.Combine(LedgerDir, "head.json");
    public string KeyFile => Path.Combine(KeysDir, "ledger-signing.key");
    public string CatalogPath => Path.Combine(Root, "catalog.db");

    /// <summary>The catalog's record of the ledger head; creates and migrates the catalog on first use.</summary>
    public CatalogLedgerAnchor Anchor
    {
        get
        {
            if (!File.Exists(CatalogPath)) new SqliteCatalog(CatalogPath).Dispose();
            return new CatalogLedgerAnchor(CatalogPath);
        }
    }

    public string Segment(int index) => Path.Combine(LedgerDir, $"segment-{index:D6}.log");

    /// <summary>Opens the store; with <paramref name="anchored"/>, also keeping its head in the catalog as a Kura home does.</summary>
    public FileLedgerStore Open(LedgerStoreOptions? options = null, bool anchored = false) =>
        FileLedgerStore.Open(LedgerDir, KeysDir, TimeProvider.System, options, anchored ? Anchor : null);

    /// <summary>Appends <paramref name="count"/> entries one by one, closes the store, returns the receipts.</summary>
    public List<LedgerReceipt> Fill(int count, LedgerStoreOptions? options = null, bool anchored = false)
    {
        using var store = Open(options, anchored);
        return Enumerable.Range(0, count).Select(i => store.Append(LedgerEntryTypes.BudgetReserved, "steward", Payload(i))).ToList();
    }

    public static JsonObject Payload(int i) => new() { ["project"] = $"p{i % 7}", ["epsilon"] = "1/10", ["index"] = i };

    /// <summary>Copies the ledger directory aside (a backup) or back.</summary>
    public void CopyLedger(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, true);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    /// <summary>SHA-256 over every file's relative path and bytes under <paramref name="directory"/>: equal digests mean nothing changed.</summary>
    public static string Digest(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); }
        catch (IOException) { }
    }
}
