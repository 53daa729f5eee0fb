using System.Text;

namespace Kura.Storage.Intake;

/// <summary>
/// Reads RFC 4180 records from decoded text the way DuckDB's strict CSV reader does: <c>"</c> quotes a
/// whole field, <c>""</c> escapes a quote inside it, a quote inside an unquoted field is literal, blank
/// lines are skipped, CRLF and LF both end a record. Tracks the physical line where each record starts.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _pos;
    private long _line = 1;

    public CsvRecordReader(TextReader reader, char delimiter)
    {
        _reader = reader;
        _delimiter = delimiter;
    }

    /// <summary>Physical line (1-based) where the last record read starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Reads the next non-blank record into <paramref name="fields"/>; false at end of input.</summary>
    /// <exception cref="CsvSyntaxException">A quoted field is unterminated or followed by other text.</exception>
    public bool Read(List<string> fields)
    {
        fields.Clear();
        while (true)
        {
            var c = Peek();
            if (c < 0) return false;
            if (c == '\n' || c == '\r') { ConsumeNewline(); continue; }
            break;
        }
        RecordLine = _line;
        while (true)
        {
            var ended = ReadField(fields.Count + 1);
            fields.Add(_field.ToString());
            if (ended) return true;
        }
    }

    // Returns true when the record ended after this field.
    private bool ReadField(int column)
    {
        _field.Clear();
        if (Peek() == '"') return ReadQuoted(column);
        while (true)
        {
            var c = Peek();
            if (c < 0) return true;
            if (c == _delimiter) { _pos++; return false; }
            if (c == '\n' || c == '\r') { ConsumeNewline(); return true; }
            _field.Append((char)c);
            _pos++;
        }
    }

    private bool ReadQuoted(int column)
    {
        var startLine = _line;
        _pos++;
        while (true)
        {
            var c = Peek();
            if (c < 0) throw new CsvSyntaxException(startLine, column, "a quoted field is never closed");
            _pos++;
            if (c == '\n') _line++;
            if (c != '"') { _field.Append((char)c); continue; }
            if (Peek() == '"') { _field.Append('"'); _pos++; continue; }
            var next = Peek();
            if (next < 0) return true;
            if (next == _delimiter) { _pos++; return false; }
            if (next == '\n' || next == '\r') { ConsumeNewline(); return true; }
            throw new CsvSyntaxException(_line, column, "text follows the closing quote of a quoted field");
        }
    }

    private void ConsumeNewline()
    {
        // CRLF, LF or a lone CR each end one physical line.
        var wasCarriageReturn = Peek() == '\r';
        _pos++;
        if (wasCarriageReturn && Peek() == '\n') _pos++;
        _line++;
    }

    private int Peek()
    {
        if (_pos < _length) return _buffer[_pos];
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        return _length > 0 ? _buffer[0] : -1;
    }
}
