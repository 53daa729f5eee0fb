using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>One item in the writer's queue: an entry to append, or a request for a signed head.</summary>
internal sealed class WriteRequest
{
    private WriteRequest() { }

    public string Type { get; private init; } = "";
    public string Actor { get; private init; } = "";
    public byte[] Payload { get; private init; } = [];
    /// <summary>Written even while sealed: only the administrator's acknowledgement.</summary>
    public bool BypassSeal { get; private init; }
    public TaskCompletionSource<LedgerReceipt>? Receipt { get; private init; }
    public TaskCompletionSource<SignedTreeHead>? Head { get; private init; }

    /// <summary>Upper bound of the framed entry's size, to cap batch bytes before encoding.</summary>
    public int EstimatedBytes => Payload.Length + 6 * (Type.Length + Actor.Length) + 256;

    public static WriteRequest ForEntry(string type, string actor, byte[] payload, bool bypassSeal = false) => new()
    {
        Type = type, Actor = actor, Payload = payload, BypassSeal = bypassSeal,
        Receipt = new TaskCompletionSource<LedgerReceipt>(TaskCreationOptions.RunContinuationsAsynchronously),
    };

    public static WriteRequest ForHead() => new()
    {
        Head = new TaskCompletionSource<SignedTreeHead>(TaskCreationOptions.RunContinuationsAsynchronously),
    };

    public void Fail(Exception error)
    {
        Receipt?.TrySetException(error);
        Head?.TrySetException(error);
    }
}
