using System.Globalization;
using Kura.Engine.Policy;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Catalog;

/// <summary>The registers the policy keeps: objections, incidents, notices and the holder.</summary>
public sealed partial class SqliteCatalog
{
    public bool AddObjection(Objection objection)
    {
        var added = false;
        Write(c =>
        {
            using var command = Command(c, """
                INSERT INTO objections (dataset, person, reason, at, actor) VALUES ($d, $p, $r, $t, $a)
                ON CONFLICT (dataset, person) DO NOTHING;
                """,
                ("$d", objection.Dataset), ("$p", objection.Person), ("$r", objection.Reason),
                ("$t", objection.At.ToString("O")), ("$a", objection.Actor));
            added = command.ExecuteNonQuery() == 1;
        });
        return added;
    }

    public bool RemoveObjection(string dataset, string person)
    {
        var removed = false;
        Write(c =>
        {
            using var command = Command(c, "DELETE FROM objections WHERE dataset = $d AND person = $p;", ("$d", dataset), ("$p", person));
            removed = command.ExecuteNonQuery() == 1;
        });
        return removed;
    }

    public IReadOnlyList<Objection> ListObjections(string? dataset) => Read(c =>
    {
        var list = new List<Objection>();
        using var command = Command(c, """
            SELECT dataset, person, at, actor, reason FROM objections
            WHERE $d IS NULL OR dataset = $d ORDER BY dataset, at, person;
            """, ("$d", dataset));
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new Objection(r.GetString(0), r.GetString(1), ParseTime(r.GetString(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return (IReadOnlyList<Objection>)list;
    });

    public void AddIncident(IncidentRecord incident) => Write(c =>
        Execute(c, "INSERT INTO incidents (id, dataset, filter, recorded_at, actor, assessment) VALUES ($i, $d, $f, $t, $a, $j);",
            ("$i", incident.Id), ("$d", incident.Dataset), ("$f", incident.Filter), ("$t", incident.RecordedAt.ToString("O")),
            ("$a", incident.Actor), ("$j", IncidentJson.ToJson(incident.Assessment))));

    public IncidentRecord? FindIncident(string id) => Read(c => ReadIncidents(c, "WHERE id = $i", ("$i", id)).FirstOrDefault());

    public IReadOnlyList<IncidentRecord> ListIncidents() => Read(c => (IReadOnlyList<IncidentRecord>)ReadIncidents(c, ""));

    public void AddNotice(NoticeRecord notice) => Write(c =>
        Execute(c, "INSERT INTO notices (dataset, published_on, sha256, format, facial, at, actor) VALUES ($d, $p, $h, $f, $x, $t, $a);",
            ("$d", notice.Dataset), ("$p", notice.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$h", notice.Sha256),
            ("$f", notice.Format), ("$x", notice.FacialSection ? 1 : 0), ("$t", notice.At.ToString("O")), ("$a", notice.Actor)));

    public IReadOnlyList<NoticeRecord> NoticesOf(string dataset) => Read(c =>
    {
        var list = new List<NoticeRecord>();
        using var command = Command(c, "SELECT published_on, sha256, format, facial, at, actor FROM notices WHERE dataset = $d ORDER BY seq;", ("$d", dataset));
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new NoticeRecord(dataset, DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetString(1),
                r.GetString(2), r.GetInt64(3) != 0, ParseTime(r.GetString(4)), r.GetString(5)));
        return (IReadOnlyList<NoticeRecord>)list;
    });

    public HolderProfile? Holder() => Read(c =>
    {
        using var command = Command(c, "SELECT name, contact, address FROM holder WHERE id = 1;");
        using var r = command.ExecuteReader();
        return r.Read() ? new HolderProfile(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)) : null;
    });

    public void SetHolder(HolderProfile holder) => Write(c =>
        Execute(c, """
            INSERT INTO holder (id, name, contact, address) VALUES (1, $n, $c, $a)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, contact = excluded.contact, address = excluded.address;
            """, ("$n", holder.Name), ("$c", holder.Contact), ("$a", holder.Address)));

    private static List<IncidentRecord> ReadIncidents(SqliteConnection c, string where, params (string Name, object? Value)[] parameters)
    {
        var list = new List<IncidentRecord>();
        using var command = Command(c, $"SELECT id, dataset, filter, recorded_at, actor, assessment FROM incidents {where} ORDER BY recorded_at, id;", parameters);
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new IncidentRecord(r.GetString(0), r.GetString(1), r.GetString(2), ParseTime(r.GetString(3)), r.GetString(4),
                IncidentJson.FromJson(r.GetString(5))));
        return list;
    }
}
