using System.Text.Json;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

internal sealed partial class GroupCommitWriter
{
    private readonly List<WriteRequest> _batch = [];

    private void Run()
    {
        while (_queue.TryTake(out var first, Timeout.Infinite))
        {
            TakeBatch(first);
            try
            {
                WriteBatch();
            }
            catch (Exception e)
            {
                var fault = new LedgerFault(LedgerFaultKind.DamagedRecord, _index.Count, null,
                    $"writing the ledger failed ({e.GetType().Name}: {e.Message}); the last batch may be incomplete on disk");
                _seal(fault);
                var error = KuraException.Internal("KURA-LEDGER-WRITE-FAILED",
                    $"The ledger could not write an entry durably ({e.Message}); nothing was acknowledged and the ledger is now sealed. " +
                    "Check the disk, then run `kura ledger verify`.", e);
                foreach (var request in _batch) request.Fail(error);
            }
        }
        CloseCleanly();
    }

    private void TakeBatch(WriteRequest first)
    {
        _batch.Clear();
        _batch.Add(first);
        var bytes = first.EstimatedBytes;
        var limit = _options.MaxBatchBytes - 8 * 1024; // room for a checkpoint record
        while (_batch.Count < _options.MaxBatchEntries && _queue.TryTake(out var next))
        {
            _batch.Add(next);
            bytes += next.EstimatedBytes;
            if (bytes >= limit) break;
        }
    }

    private void WriteBatch()
    {
        var fault = _sealedBy();
        _buffer.Clear();
        _written.Clear();
        if (_stream is null || _stream.Position >= _options.SegmentBytes) StartSegment();
        var now = _time.GetUtcNow();
        var wantsHead = false;
        foreach (var request in _batch)
        {
            if (request.Head is not null) wantsHead = true;
            else if (fault is not null && !request.BypassSeal) request.Fail(Sealed(fault));
            else EncodeEntry(request, now);
        }
        var head = CheckpointDue(now, wantsHead && fault is null) ? EncodeCheckpoint(now) : null;
        if (_buffer.Length > 0) Flush();
        Acknowledge(head ?? _latestHead, fault);
        if (head is not null) PublishHead(head);
    }

    private void EncodeEntry(WriteRequest request, DateTimeOffset now)
    {
        var sequence = _frontier.Size;
        var start = _buffer.BeginRecord(LedgerRecordKind.Entry);
        LedgerEntryEncoder.Write(_buffer, sequence, now, request.Type, request.Actor, request.Payload, _lastHash);
        var hash = LedgerHash.Compute(_buffer.EndRecord(start));
        _frontier.Append(hash);
        _lastHash = hash;
        _written.Add((request, new LedgerReceipt(sequence, hash, now), _stream!.Position + start));
    }

    private bool CheckpointDue(DateTimeOffset now, bool requested)
    {
        if (requested) return _latestHead is null || _latestHead.TreeSize < _frontier.Size;
        var unsigned = _frontier.Size - (_latestHead?.TreeSize ?? 0);
        return unsigned > 0 && (unsigned >= _options.CheckpointEveryEntries || now - _lastCheckpointAt >= _options.CheckpointInterval);
    }

    private SignedTreeHead EncodeCheckpoint(DateTimeOffset now)
    {
        var head = _key.Sign(_frontier.Size, _frontier.Root(), now);
        var start = _buffer.BeginRecord(LedgerRecordKind.Checkpoint);
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            JsonSerializer.Serialize(writer, head);
            writer.Flush();
        }
        _buffer.EndRecord(start);
        _lastCheckpointAt = now;
        return head;
    }

    private void Flush()
    {
        _stream!.Write(_buffer.Written);
        _stream.Flush(flushToDisk: true);
        Batches++;
        lock (_endLock) _durableEnd = (_durableEnd.Segment, _stream.Position);
    }

    private void Acknowledge(SignedTreeHead? head, LedgerFault? fault)
    {
        foreach (var (_, receipt, offset) in _written) _index.Add(receipt.EntryHash, _durableEnd.Segment, offset);
        if (head is not null) _latestHead = head;
        foreach (var (request, receipt, _) in _written) request.Receipt!.TrySetResult(receipt);
        foreach (var request in _batch.Where(r => r.Head is not null))
        {
            if (head is not null && head.TreeSize == _frontier.Size) request.Head!.TrySetResult(head);
            else request.Fail(fault is not null ? Sealed(fault) : KuraException.Internal("KURA-LEDGER-NO-HEAD", "No signed head could be made."));
        }
    }
}
