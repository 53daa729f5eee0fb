using System.Diagnostics;
using Kura.Core;

namespace Kura.Storage.Ledger;

/// <summary>
/// An exclusive OS file lock on <c>ledger/writer.lock</c>, held while a store is open: the hash
/// chain's head lives in the writer's memory, so two processes appending at once would fork the
/// chain. A second process waits for the first to finish, up to a timeout.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    public static WriterLock Acquire(string ledgerDirectory, TimeSpan timeout)
    {
        var path = Path.Combine(ledgerDirectory, "writer.lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                Thread.Sleep(50); // another Kura process holds the home; wait our turn
            }
            catch (IOException e)
            {
                throw new KuraException("KURA-HOME-BUSY", KuraErrorKind.Conflict,
                    $"Another Kura process has held this home's ledger for over {timeout.TotalSeconds:0} s ({path}). Wait for it to finish, or stop it, then retry.", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
