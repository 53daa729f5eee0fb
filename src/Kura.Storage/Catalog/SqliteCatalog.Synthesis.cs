using System.Text.Json;
using Kura.Engine.Synthesis;

namespace Kura.Storage.Catalog;

/// <summary>Public synthesis domains stored per dataset column.</summary>
public sealed partial class SqliteCatalog
{
    public void SaveSynthesisDomain(string dataset, StoredSynthesisDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var definition = domain.Domain.Bins ?? JsonSerializer.Serialize(domain.Domain.Values);
        Write(c => Execute(c, """
            INSERT INTO synthesis_domains (dataset, table_name, column_name, kind, definition) VALUES ($d, $t, $c, $k, $v)
            ON CONFLICT (dataset, table_name, column_name) DO UPDATE SET kind = excluded.kind, definition = excluded.definition;
            """,
            ("$d", dataset), ("$t", domain.Table), ("$c", domain.Column), ("$k", domain.Domain.Kind), ("$v", definition)));
    }

    public IReadOnlyList<StoredSynthesisDomain> SynthesisDomains(string dataset) => Read(c =>
    {
        using var command = Command(c, """
            SELECT table_name, column_name, kind, definition FROM synthesis_domains WHERE dataset = $d ORDER BY table_name, column_name;
            """, ("$d", dataset));
        using var r = command.ExecuteReader();
        var list = new List<StoredSynthesisDomain>();
        while (r.Read())
        {
            var domain = r.GetString(2) == "bins"
                ? DomainDeclaration.OfBins(r.GetString(3))
                : DomainDeclaration.OfValues(JsonSerializer.Deserialize<string[]>(r.GetString(3)) ?? []);
            list.Add(new StoredSynthesisDomain(r.GetString(0), r.GetString(1), domain));
        }
        return list;
    });
}
