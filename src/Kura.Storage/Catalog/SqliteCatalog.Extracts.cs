using System.Globalization;
using Kura.Engine.Extracts;

namespace Kura.Storage.Catalog;

/// <summary>Released extracts with their processing method.</summary>
public sealed partial class SqliteCatalog
{
    public void RecordExtract(ExtractRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Write(c => Execute(c, """
            INSERT INTO extracts (release_id, project, dataset, kind, at, actor, file_name, sha256, rows, method)
            VALUES ($id, $p, $d, $k, $t, $a, $f, $h, $r, $m);
            """,
            ("$id", record.ReleaseId), ("$p", record.Project), ("$d", record.Dataset), ("$k", record.Kind.ToString()),
            ("$t", record.At.ToString("O")), ("$a", record.Actor), ("$f", record.FileName), ("$h", record.Sha256),
            ("$r", record.Rows), ("$m", record.Method)));
    }

    public IReadOnlyList<ExtractRecord> ListExtracts(string? project) => Read(c =>
    {
        using var command = Command(c, """
            SELECT release_id, project, dataset, kind, at, actor, file_name, sha256, rows, method FROM extracts
            WHERE $p IS NULL OR project = $p ORDER BY at, rowid;
            """, ("$p", project));
        using var r = command.ExecuteReader();
        var list = new List<ExtractRecord>();
        while (r.Read())
            list.Add(new ExtractRecord(r.GetString(0), r.GetString(1), r.GetString(2), Enum.Parse<ExtractKind>(r.GetString(3)),
                DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.GetString(5),
                r.GetString(6), r.GetString(7), r.GetInt32(8), r.GetString(9)));
        return list;
    });
}
