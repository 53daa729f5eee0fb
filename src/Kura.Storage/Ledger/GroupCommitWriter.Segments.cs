using Kura.Ledger;

namespace Kura.Storage.Ledger;

internal sealed partial class GroupCommitWriter
{
    /// <summary>Starts the next segment; its header is durable, and its name in the directory, before any record goes in.</summary>
    private void StartSegment()
    {
        var next = _durableEnd.Segment + 1;
        // head.json exists before the first segment, so a segment without head.json is always a fault, never a crash.
        if (next == 0 && _latestHead is null) PublishHead(_key.Sign(0, MerkleTree.EmptyRoot, _time.GetUtcNow()));
        var stream = new FileStream(_directory.SegmentFile(next), new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read | FileShare.Delete, BufferSize = 0,
        });
        Span<byte> header = stackalloc byte[LedgerRecordFraming.SegmentHeaderSize];
        LedgerRecordFraming.WriteSegmentHeader(header, next);
        stream.Write(header);
        stream.Flush(flushToDisk: true);
        DirectorySync.Flush(_directory.Path);
        _stream?.Dispose();
        _stream = stream;
        lock (_endLock) _durableEnd = (next, stream.Position);
    }

    /// <summary>On close, signs what is not yet signed so the head file covers every entry.</summary>
    private void CloseCleanly()
    {
        try
        {
            if (_sealedBy() is null && _stream is not null && _frontier.Size > (_latestHead?.TreeSize ?? -1))
            {
                _buffer.Clear();
                var head = EncodeCheckpoint(_time.GetUtcNow());
                Flush();
                PublishHead(head);
            }
        }
        catch (IOException)
        {
            // Every acknowledged entry is already durable; only the closing checkpoint is missing,
            // and the next checkpoint covers them.
        }
        finally
        {
            _stream?.Dispose();
            _anchor?.Flush();
        }
    }
}
