using System.Text.Json.Nodes;
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

    public string Segment(int index) => Path.Combine(LedgerDir, $"segment-{index:D6}.log");

    public FileLedgerStore Open(LedgerStoreOptions? options = null) =>
        FileLedgerStore.Open(LedgerDir, KeysDir, TimeProvider.System, options);

    /// <summary>Appends <paramref name="count"/> entries one by one, closes the store, returns the receipts.</summary>
    public List<LedgerReceipt> Fill(int count, LedgerStoreOptions? options = null)
    {
        using var store = Open(options);
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

    public void Dispose()
    {
        try { Directory.Delete(Root, true); }
        catch (IOException) { }
    }
}
