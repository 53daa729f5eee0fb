using System.Globalization;
using System.Text.Json;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// The files under <c>&lt;home&gt;/ledger/</c>: <c>segment-NNNNNN.log</c> (records), <c>head.json</c>
/// (latest signed head, replaced atomically), <c>SEALED.json</c> (the fault that sealed the ledger),
/// <c>discarded/</c> (bytes cut by recovery).
/// </summary>
internal sealed class LedgerDirectory(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);
    public string HeadFile => System.IO.Path.Combine(Path, "head.json");
    public string SealFile => System.IO.Path.Combine(Path, "SEALED.json");
    public string DiscardedDirectory => System.IO.Path.Combine(Path, "discarded");

    public string SegmentFile(int index) =>
        System.IO.Path.Combine(Path, "segment-" + index.ToString("D6", CultureInfo.InvariantCulture) + ".log");

    /// <summary>Segment numbers present on disk, ascending.</summary>
    public List<int> ListSegments()
    {
        var result = new List<int>();
        foreach (var file in Directory.EnumerateFiles(Path, "segment-*.log"))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(file)["segment-".Length..];
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) result.Add(index);
        }
        result.Sort();
        return result;
    }

    public SignedTreeHead? ReadHead() => File.Exists(HeadFile) ? SignedTreeHead.Parse(File.ReadAllText(HeadFile)) : null;

    public void WriteHead(SignedTreeHead head) => DurableFile.Replace(HeadFile, JsonSerializer.SerializeToUtf8Bytes(head));

    /// <summary>The fault recorded in SEALED.json; a damaged seal file still seals.</summary>
    public LedgerFault? ReadSeal()
    {
        if (!File.Exists(SealFile)) return null;
        try { return JsonSerializer.Deserialize<LedgerFault>(File.ReadAllBytes(SealFile)); }
        catch (JsonException) { }
        return new LedgerFault(LedgerFaultKind.DamagedSegment, 0, null, $"the ledger was sealed and {SealFile} is unreadable");
    }

    public void WriteSeal(LedgerFault fault) => DurableFile.Replace(SealFile, JsonSerializer.SerializeToUtf8Bytes(fault));

    public void RemoveSeal() => DurableFile.Delete(SealFile);
}
