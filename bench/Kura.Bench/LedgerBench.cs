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

    private const int Rounds = 5;

    public async Task<int> RunAsync(string[] args)
    {
        var entries = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var writers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 256;
        var root = Path.Combine(Path.GetTempPath(), "kura-ledger-bench-" + Guid.NewGuid().ToString("N"));
        var ledgerDir = Path.Combine(root, "ledger");
        var keysDir = Path.Combine(root, "keys");
        try
        {
            var rounds = await AppendInRounds(ledgerDir, keysDir, Path.Combine(root, "raw.log"), entries, writers);
            var segments = Directory.GetFiles(ledgerDir, "segment-*.log").Order().ToArray();
            var bytes = segments.Sum(f => new FileInfo(f).Length);
            var (openSeconds, verifySeconds, verification) = OpenAndVerify(ledgerDir, keysDir);
            var hashSeconds = ReadAndHash(segments);

            var ledgerRate = entries / rounds.Sum(r => r.Ledger);
            var rawRate = entries / rounds.Sum(r => r.Raw);
            var ratios = rounds.Select(r => r.Raw / r.Ledger).Order().ToList();
            var batches = rounds.Sum(r => r.Batches);
            Console.WriteLine($"ledger benchmark: {entries:N0} entries, {writers} concurrent writers, {Environment.ProcessorCount} cores, {Rounds} interleaved rounds");
            Console.WriteLine($"  durable appends (group commit) : {ledgerRate,12:N0} /s   ({batches:N0} write+fsync rounds, {(double)entries / batches:N1} entries each)");
            Console.WriteLine($"  raw write+fsync of same bytes  : {rawRate,12:N0} /s   (same number of fsyncs, each round right after the ledger's)");
            Console.WriteLine($"  ratio ledger / raw, per round  : {string.Join("  ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}   median {ratios[Rounds / 2]:F2}");
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

    /// <summary>Each round appends a share of the entries, then writes the bytes that round added, raw, with as many fsyncs.</summary>
    private static async Task<List<(double Ledger, double Raw, long Batches)>> AppendInRounds(
        string ledgerDir, string keysDir, string rawPath, long entries, int writers)
    {
        var rounds = new List<(double, double, long)>();
        using var store = FileLedgerStore.Open(ledgerDir, keysDir, TimeProvider.System);
        using var raw = new FileStream(rawPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        long bytesBefore = 0, batchesBefore = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var count = entries / Rounds + (round < entries % Rounds ? 1 : 0);
            var ledger = await AppendAll(store, count, writers);
            var data = ReadLedgerBytes(ledgerDir, bytesBefore);
            var batches = store.Batches - batchesBefore;
            rounds.Add((ledger, RawAppend(raw, data, batches), batches));
            bytesBefore += data.Length;
            batchesBefore = store.Batches;
        }
        return rounds;
    }

    private static async Task<double> AppendAll(FileLedgerStore store, long entries, int writers)
    {
        long issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref issued) <= entries)
                await store.AppendAsync(LedgerEntryTypes.QueryReleased, $"analyst-{w % 17}", Payload(w));
        })));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>All segment bytes after the first <paramref name="skip"/>, as one array.</summary>
    private static byte[] ReadLedgerBytes(string ledgerDir, long skip)
    {
        using var result = new MemoryStream();
        foreach (var file in Directory.GetFiles(ledgerDir, "segment-*.log").Order())
        {
            var length = new FileInfo(file).Length;
            if (skip >= length) { skip -= length; continue; }
            using var stream = File.OpenRead(file);
            stream.Position = skip;
            stream.CopyTo(result);
            skip = 0;
        }
        return result.ToArray();
    }

    private static JsonObject Payload(int writer) => new()
    {
        ["project"] = $"project-{writer % 13}",
        ["dataset"] = "claims_2025",
        ["query_hash"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        ["epsilon"] = "1/10",
        ["mechanism"] = "discrete_gaussian",
    };

    /// <summary>Appends <paramref name="data"/> to the raw file in <paramref name="batches"/> equal chunks, fsync after each.</summary>
    private static double RawAppend(FileStream raw, byte[] data, long batches)
    {
        var chunk = (int)Math.Max(1, data.Length / Math.Max(1, batches));
        var clock = Stopwatch.StartNew();
        for (var offset = 0; offset < data.Length; offset += chunk)
        {
            raw.Write(data, offset, Math.Min(chunk, data.Length - offset));
            raw.Flush(flushToDisk: true);
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
