namespace Kura.Storage.Intake;

/// <summary>
/// Turns a byte offset in a CSV file into a physical line and a 1-based column by counting line feeds
/// and, on that line, delimiters outside quotes. Works for UTF-8 and Shift_JIS alike: neither uses
/// bytes below 0x40 inside a multi-byte character.
/// </summary>
public static class ByteLocation
{
    public static (long Line, int Column) Find(string path, long offset, char delimiter)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long line = 1, position = 0;
        int column = 1;
        var quoted = false;
        while (position < offset)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, offset - position));
            if (read == 0) break;
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == '"') quoted = !quoted;
                else if (b == '\n') { line++; column = 1; quoted = false; }
                else if (b == delimiter && !quoted) column++;
            }
            position += read;
        }
        return (line, column);
    }
}
