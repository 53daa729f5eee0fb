// Appends ledger entries from several concurrent writers until killed, printing one line
// "ACK <sequence> <entry hash>" per acknowledged (durable) entry. The crash test kills this
// process with SIGKILL at a random moment and checks every printed entry survived.
using System.Text;
using System.Text.Json.Nodes;
using Kura.Ledger;
using Kura.Storage.Ledger;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Kura.Ledger.CrashHost LEDGER_DIR KEYS_DIR WRITERS COUNT");
    return 2;
}
var writers = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var count = long.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
using var store = FileLedgerStore.Open(args[0], args[1], TimeProvider.System);
var stdout = Console.OpenStandardOutput();
var outputLock = new Lock();
long issued = 0;

async Task WriteLoop(int writer)
{
    while (Interlocked.Increment(ref issued) <= count)
    {
        var payload = new JsonObject { ["writer"] = writer, ["query_hash"] = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) };
        var receipt = await store.AppendAsync(LedgerEntryTypes.QueryReleased, "crash-host", payload);
        var line = Encoding.ASCII.GetBytes($"ACK {receipt.Sequence} {receipt.EntryHash}\n");
        lock (outputLock) stdout.Write(line); // one write per line, so a kill never splits a line mid-way in the pipe
    }
}

await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteLoop(w))));
return 0;
