using System.Text;

namespace Kura.IntegrationTests.Extracts;

/// <summary>A small RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF), independent of Kura's code.</summary>
public sealed record ExtractCsv(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static ExtractCsv Read(string path, Encoding? encoding = null)
    {
        var records = Parse(File.ReadAllText(path, encoding ?? new UTF8Encoding(false, true)));
        return new ExtractCsv(records[0], records.Skip(1).ToList());
    }

    public int Index(string column) => Header.ToList().IndexOf(column) is var i and >= 0 ? i : throw new KeyNotFoundException(column);

    public IEnumerable<string> Column(string column)
    {
        var i = Index(column);
        return Rows.Select(r => r[i]);
    }

    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add([.. fields]); }
        return records;
    }
}
