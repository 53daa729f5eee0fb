using System.Globalization;
using System.Text;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Storage.Intake;

namespace Kura.Storage.Extracts;

/// <summary>
/// CSV per RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break, missing
/// values as empty fields. UTF-8 without BOM, or strict Shift_JIS (CP932): a character CP932 lacks is refused,
/// naming the row and column but not the value.
/// </summary>
internal sealed class CsvExtractWriter : ExtractFileWriter
{
    private readonly Encoding _encoding;
    private readonly IReadOnlyList<ExtractColumn> _columns;
    private readonly FileStream _stream;
    private readonly byte[] _separator;
    private readonly byte[] _lineEnd;
    private long _row;

    public CsvExtractWriter(string target, PendingOutputs pending, ExtractTextEncoding encoding, IReadOnlyList<ExtractColumn> columns) : base(target, pending)
    {
        _encoding = encoding == ExtractTextEncoding.ShiftJis ? ShiftJis.Strict : new UTF8Encoding(false, throwOnInvalidBytes: true);
        _columns = columns;
        _separator = _encoding.GetBytes(",");
        _lineEnd = _encoding.GetBytes("\r\n");
        _stream = new FileStream(TemporaryPath, new FileStreamOptions { Mode = FileMode.Truncate, Access = FileAccess.Write, BufferSize = 1 << 16 });
        Write(columns.Select(c => c.Name).ToArray());
    }

    public override void Write(IReadOnlyList<string?> row)
    {
        if (row.Count != _columns.Count)
            throw new ArgumentException($"A row has {row.Count} values for {_columns.Count} columns.", nameof(row));
        for (var c = 0; c < row.Count; c++)
        {
            if (c > 0) _stream.Write(_separator);
            if (row[c] is { Length: > 0 } value) WriteField(value, c);
        }
        _stream.Write(_lineEnd);
        _row++;
    }

    private void WriteField(string value, int column)
    {
        var text = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        try
        {
            _stream.Write(_encoding.GetBytes(text));
        }
        catch (EncoderFallbackException)
        {
            throw KuraException.BadInput("KURA-EXTRACT-ENCODING", string.Create(CultureInfo.InvariantCulture,
                $"Row {_row} of the extract, column '{_columns[column].Name}', holds a character Shift_JIS cannot encode; write the extract with --encoding utf-8. Nothing was released."));
        }
    }

    protected override void Finish() => _stream.Dispose();

    protected override void Release() => _stream.Dispose();
}
