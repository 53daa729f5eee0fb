using System.Text;
using Sylvan.Data.Csv;

namespace Kura.DemoData.Tests;

/// <summary>A demo CSV file read fully into memory with an RFC 4180 reader (test support).</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(IReadOnlyList<string> headers, List<string[]> rows)
    {
        Headers = headers;
        Rows = rows;
        _index = headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public int Column(string header) => _index[header];

    public IEnumerable<string> Values(string header)
    {
        var i = Column(header);
        return Rows.Select(r => r[i]);
    }

    public static CsvTable Read(string path, Encoding? encoding = null)
    {
        using var text = new StreamReader(path, encoding ?? new UTF8Encoding(false, true));
        using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return new CsvTable(headers, rows);
    }
}
