using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kura.Ledger;
using Kura.Storage.Ledger;

namespace Kura.Bench;

/// <summary>
/// Ledger: durable appends/s with group commit from concurrent writers, against writing the same
/// bytes raw with the same number of fsyncs; then open and verify of the whole ledger, against
/// reading and SHA-256 hashing the same bytes once.
/// </summary>
public sealed class LedgerBench : IBenchmark
{
    public string Name => "ledger";

    public string Description => "ledger appends/s (group commit vs raw write+fsync of same bytes) and verify time [entries=1000000] [writers=256]";

    public async Task<int> RunAsync(string[] args)
    {
        var entries = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var writers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 256;
        var root = Path.Combine(Path.GetTempPath(), "kura-ledger-bench-" + Guid.NewGuid().ToString("N"));
        var ledgerDir = Path.Combine(root, "ledger");
        var keysDir = Path.Combine(root, "keys");
        try
        {
            var (appendSeconds, batches) = await AppendAll(ledgerDir, keysDir, entries, writers);
            var segments = Directory.GetFiles(ledgerDir, "segment-*.log").Order().ToArray();
            var bytes = segments.Sum(f => new FileInfo(f).Length);
            var rawSeconds = RawAppend(segments, Path.Combine(root, "raw.log"), batches);
            var (openSeconds, verifySeconds, verification) = OpenAndVerify(ledgerDir, keysDir);
            var hashSeconds = ReadAndHash(segments);

            Console.WriteLine($"ledger benchmark: {entries:N0} entries, {writers} concurrent writers, {Environment.ProcessorCount} cores");
            Console.WriteLine($"  durable appends (group commit) : {entries / appendSeconds,12:N0} /s   ({batches:N0} write+fsync rounds, {(double)entries / batches:N1} entries each)");
            Console.WriteLine($"  raw write+fsync of same bytes  : {entries / rawSeconds,12:N0} /s   (same {batches:N0} rounds)");
            Console.WriteLine($"  ratio ledger / raw             : {rawSeconds / appendSeconds,12:F2}");
            Console.WriteLine($"  bytes per entry on disk        : {(double)bytes / entries,12:F1}   ({bytes / 1048576.0:N1} MiB in {segments.Length} segments, checkpoints included)");
            Console.WriteLine($"  open (recover + verify)        : {openSeconds,12:F2} s");
            Console.WriteLine($"  verify (re-read + recompute)   : {verifySeconds,12:F2} s   ({verification.CheckpointCount:N0} signed checkpoints, valid={verification.IsValid})");
            Console.WriteLine($"  read + SHA-256 same bytes once : {hashSeconds,12:F2} s");
            Console.WriteLine($"  ratio verify / read+hash       : {verifySeconds / hashSeconds,12:F2}");
            return verification.IsValid && verification.EntryCount == entries ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(double Seconds, long Batches)> AppendAll(string ledgerDir, string keysDir, long entries, int writers)
    {
        using var store = FileLedgerStore.Open(ledgerDir, keysDir, TimeProvider.System);
        long issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref issued) <= entries)
                await store.AppendAsync(LedgerEntryTypes.QueryReleased, $"analyst-{w % 17}", Payload(w));
        })));
        return (clock.Elapsed.TotalSeconds, store.Batches);
    }

    private static JsonObject Payload(int writer) => new()
    {
        ["project"] = $"project-{writer % 13}",
        ["dataset"] = "claims_2025",
        ["query_hash"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        ["epsilon"] = "1/10",
        ["mechanism"] = "discrete_gaussian",
    };

    /// <summary>Writes the ledger's own bytes to a new file in as many equal chunks as the ledger had batches, fsync after each.</summary>
    private static double RawAppend(string[] segments, string path, long batches)
    {
        var data = segments.SelectMany(File.ReadAllBytes).ToArray();
        var chunk = (int)Math.Max(1, data.Length / batches);
        var clock = Stopwatch.StartNew();
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            for (var offset = 0; offset < data.Length; offset += chunk)
            {
                stream.Write(data, offset, Math.Min(chunk, data.Length - offset));
                stream.Flush(flushToDisk: true);
            }
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static (double Open, double Verify, LedgerVerification Result) OpenAndVerify(string ledgerDir, string keysDir)
    {
        var clock = Stopwatch.StartNew();
        using var store = FileLedgerStore.Open(ledgerDir, keysDir, TimeProvider.System);
        var open = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var result = store.Verify();
        return (open, clock.Elapsed.TotalSeconds, result);
    }

    private static double ReadAndHash(string[] segments)
    {
        var clock = Stopwatch.StartNew();
        foreach (var segment in segments) SHA256.HashData(File.ReadAllBytes(segment));
        return clock.Elapsed.TotalSeconds;
    }
}
