using System.Globalization;

namespace Kura.DemoData;

/// <summary>
/// Writes RFC 4180 CSV rows (comma separated, CRLF line ends, fields quoted only when they hold a
/// comma, quote, CR or LF, with quotes doubled) without allocating per field.
/// </summary>
internal sealed class CsvRowWriter(TextWriter writer)
{
    private bool _rowStarted;

    public long RowsWritten { get; private set; }

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names) Text(name);
        writer.Write("\r\n");
        _rowStarted = false;
    }

    public void Text(ReadOnlySpan<char> value)
    {
        Separator();
        if (value.IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"') writer.Write('"');
            writer.Write(c);
        }
        writer.Write('"');
    }

    public void Number(long value)
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture);
        Separator();
        writer.Write(buffer[..written]);
    }

    /// <summary>ISO 8601 calendar date, yyyy-MM-dd.</summary>
    public void Date(DateOnly value)
    {
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Separator();
        writer.Write(buffer[..written]);
    }

    public void Empty() => Separator();

    public void EndRow()
    {
        writer.Write("\r\n");
        _rowStarted = false;
        RowsWritten++;
    }

    private void Separator()
    {
        if (_rowStarted) writer.Write(',');
        _rowStarted = true;
    }
}
