using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kura.Storage.Ledger;

namespace Kura.Storage.Extracts;

/// <summary>
/// The home's record of release files being written: <c>pending-outputs</c>, one "process id, tab, temporary path" per
/// line, readable by the owner only. A path is recorded durably before its temporary file is created and cleared once
/// the file is renamed into place or deleted, so a file left by a killed process is found and deleted by the next
/// extract or synthesis (<see cref="RemoveLeftovers"/>). An entry of a process still running is left alone, so a
/// reused process id only delays the clean-up. Thread-safe within a process.
/// </summary>
internal sealed class PendingOutputs
{
    /// <summary>The record's file name in the home directory.</summary>
    public const string FileName = "pending-outputs";

    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Writing = new(StringComparer.Ordinal);   // temporary paths this process is writing

    private readonly string _path;

    public PendingOutputs(string homeRoot) => _path = Path.Combine(homeRoot, FileName);

    /// <summary>Records <paramref name="temporaryPath"/> (durably) before its file is created.</summary>
    public void Add(string temporaryPath)
    {
        lock (Gate)
        {
            Writing.Add(temporaryPath);
            Save([.. Load(), (Environment.ProcessId, temporaryPath)]);
        }
    }

    /// <summary>Clears <paramref name="temporaryPath"/> once its file was renamed or deleted.</summary>
    public void Remove(string temporaryPath)
    {
        lock (Gate)
        {
            Writing.Remove(temporaryPath);
            var entries = Load();
            if (entries.RemoveAll(e => e.Path == temporaryPath) > 0) Save(entries);
        }
    }

    /// <summary>Deletes the temporary files of entries whose process has ended (or, for this process, that are no longer being written); returns how many files.</summary>
    public int RemoveLeftovers()
    {
        lock (Gate)
        {
            var entries = Load();
            var left = entries.Where(e => !IsLive(e)).ToList();
            var deleted = 0;
            foreach (var (_, path) in left)
            {
                if (!IsTemporaryName(path) || !File.Exists(path)) continue;
                File.Delete(path);
                deleted++;
            }
            if (left.Count > 0) Save([.. entries.Except(left)]);
            return deleted;
        }
    }

    /// <summary>True for a name <see cref="ExtractFileWriter"/> gives its temporary files: <c>.NAME.HEX12.tmp</c>. Nothing else is ever deleted.</summary>
    public static bool IsTemporaryName(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith('.') || !name.EndsWith(".tmp", StringComparison.Ordinal) || name.Length < 19) return false;
        var hex = name.AsSpan(name.Length - 17, 13);
        return hex[0] == '.' && !hex[1..].ContainsAnyExcept("0123456789abcdef");
    }

    private static bool IsLive((int Process, string Path) entry)
    {
        if (entry.Process == Environment.ProcessId) return Writing.Contains(entry.Path);
        try
        {
            using var process = Process.GetProcessById(entry.Process);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private List<(int Process, string Path)> Load()
    {
        if (!File.Exists(_path)) return [];
        var entries = new List<(int, string)>();
        foreach (var line in File.ReadAllLines(_path, Encoding.UTF8))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var process)) entries.Add((process, line[(tab + 1)..]));
        }
        return entries;
    }

    private void Save(List<(int Process, string Path)> entries)
    {
        if (entries.Count == 0)
        {
            DurableFile.Delete(_path);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var text = string.Concat(entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Process}\t{e.Path}\n")));
        DurableFile.Replace(_path, Encoding.UTF8.GetBytes(text), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
