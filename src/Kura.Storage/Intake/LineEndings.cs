namespace Kura.Storage.Intake;

/// <summary>
/// Whether a file mixes CRLF and LF line endings, which the vault's strict reader refuses. Consulted only after a
/// load failed for a reason nothing else explains, so quoted line breaks may count too; the message says "near".
/// </summary>
public static class LineEndings
{
    /// <summary>The 1-based line whose ending first differs from the first line's, or null when all agree.</summary>
    public static long? FirstMixedLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var buffer = new byte[1 << 20];
        bool? firstIsCrLf = null;
        var previousWasCr = false;
        long line = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    firstIsCrLf ??= previousWasCr;
                    if (firstIsCrLf != previousWasCr) return line;
                    line++;
                }
                previousWasCr = buffer[i] == (byte)'\r';
            }
        }
        return null;
    }
}
