using Microsoft.Win32.SafeHandles;

namespace Kura.Storage.Ledger;

/// <summary>Read handles to segment files, opened once per read call.</summary>
internal sealed class SegmentHandles(LedgerDirectory directory) : IDisposable
{
    private readonly Dictionary<int, SafeFileHandle> _handles = [];

    public SafeFileHandle Get(int segment)
    {
        if (!_handles.TryGetValue(segment, out var handle))
        {
            handle = File.OpenHandle(directory.SegmentFile(segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _handles[segment] = handle;
        }
        return handle;
    }

    public void Dispose()
    {
        foreach (var handle in _handles.Values) handle.Dispose();
    }
}
