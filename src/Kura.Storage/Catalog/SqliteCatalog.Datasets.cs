using System.Globalization;
using System.Text.Json;
using Kura.Core;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Catalog;

public sealed partial class SqliteCatalog
{
    public Dataset? FindDataset(string name) => Read(c => LoadDataset(c, name));

    public IReadOnlyList<Dataset> ListDatasets() => Read(c =>
        (IReadOnlyList<Dataset>)Strings(c, "SELECT name FROM datasets ORDER BY name;").Select(n => LoadDataset(c, n)!).ToList());


    public void SaveTable(string dataset, PrivacyUnit unit, VaultTable table, DateTimeOffset at) => Write(c =>
    {
        var existing = LoadDataset(c, dataset);
        if (existing is null)
            Execute(c, "INSERT INTO datasets (name, person_key, created_at) VALUES ($n, $k, $t);",
                ("$n", dataset), ("$k", unit.Column), ("$t", at.ToString("O")));
        else if (existing.Unit != unit)
            throw KuraException.BadInput("KURA-UNIT-MISMATCH",
                $"Dataset '{dataset}' has privacy unit '{existing.Unit}', but this table was declared with '{unit}'. All tables of a dataset share one person key; use --person-key {existing.Unit}.");
        Execute(c, "DELETE FROM columns WHERE dataset = $d AND table_name = $t;", ("$d", dataset), ("$t", table.Name));
        Execute(c, "DELETE FROM vault_tables WHERE dataset = $d AND name = $t;", ("$d", dataset), ("$t", table.Name));
        Execute(c, """
            INSERT INTO vault_tables (dataset, name, row_count, person_count, max_rows_per_person)
            VALUES ($d, $t, $r, $p, $m);
            """, ("$d", dataset), ("$t", table.Name), ("$r", table.RowCount), ("$p", table.PersonCount), ("$m", table.MaxRowsPerPerson));
        for (var i = 0; i < table.Columns.Count; i++)
            InsertColumn(c, dataset, table.Name, i, table.Columns[i]);
    });

    public void UpdateColumn(string dataset, string table, Column column) => Write(c =>
    {
        var ordinal = ColumnOrdinal(c, dataset, table, column.Name);
        Execute(c, "DELETE FROM columns WHERE dataset = $d AND table_name = $t AND name = $n;",
            ("$d", dataset), ("$t", table), ("$n", column.Name));
        InsertColumn(c, dataset, table, ordinal, column);
    });

    public void UpdateMaxRowsPerPerson(string dataset, string table, int maxRowsPerPerson) => Write(c =>
    {
        if (maxRowsPerPerson < 1)
            throw KuraException.BadInput("KURA-BOUND-INVALID", $"Rows per person must be at least 1 (got {maxRowsPerPerson}).");
        Execute(c, "UPDATE vault_tables SET max_rows_per_person = $m WHERE dataset = $d AND name = $t;",
            ("$m", maxRowsPerPerson), ("$d", dataset), ("$t", table));
    });

    private static long ColumnOrdinal(SqliteConnection c, string dataset, string table, string column)
    {
        using var command = Command(c, "SELECT ordinal FROM columns WHERE dataset = $d AND table_name = $t AND name = $n;",
            ("$d", dataset), ("$t", table), ("$n", column));
        return command.ExecuteScalar() as long?
            ?? throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND", $"Column '{column}' does not exist in {dataset}.{table}.");
    }

    private static void InsertColumn(SqliteConnection c, string dataset, string table, long ordinal, Column column) =>
        Execute(c, """
            INSERT INTO columns (dataset, table_name, ordinal, name, type, class, is_subject_age, class_confirmed,
                                 bounds_lower, bounds_upper, public_domain)
            VALUES ($d, $t, $o, $n, $ty, $cl, $age, $conf, $lo, $hi, $dom);
            """,
            ("$d", dataset), ("$t", table), ("$o", ordinal), ("$n", column.Name), ("$ty", column.Type.ToString()),
            ("$cl", column.Class.ToName()), ("$age", column.IsSubjectAge ? 1 : 0), ("$conf", column.ClassConfirmed ? 1 : 0),
            ("$lo", column.Bounds?.Lower.ToString(CultureInfo.InvariantCulture)),
            ("$hi", column.Bounds?.Upper.ToString(CultureInfo.InvariantCulture)),
            ("$dom", column.PublicDomain is null ? null : JsonSerializer.Serialize(column.PublicDomain)));

    private static Dataset? LoadDataset(SqliteConnection c, string name)
    {
        string? personKey; DateTimeOffset created;
        using (var command = Command(c, "SELECT person_key, created_at FROM datasets WHERE name = $n;", ("$n", name)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            personKey = reader.IsDBNull(0) ? null : reader.GetString(0);
            created = ParseTime(reader.GetString(1));
        }
        var unit = personKey is null ? PrivacyUnit.PerRow : PrivacyUnit.Key(personKey);
        return new Dataset(name, unit, LoadTables(c, name), created) { FraudulentlyAcquired = FraudulentAcquisitionRecorded(c, name) };
    }

    /// <summary>Whether an incident on the dataset has the cause fraudulent-acquisition (incidents are never removed).</summary>
    private static bool FraudulentAcquisitionRecorded(SqliteConnection c, string dataset)
    {
        using var command = Command(c, "SELECT EXISTS (SELECT 1 FROM incidents WHERE dataset = $d AND json_extract(assessment, '$.facts.cause') = 'fraudulent-acquisition');", ("$d", dataset));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    private static IReadOnlyList<VaultTable> LoadTables(SqliteConnection c, string dataset)
    {
        var tables = new List<VaultTable>();
        using (var command = Command(c, "SELECT name, row_count, person_count, max_rows_per_person FROM vault_tables WHERE dataset = $d ORDER BY name;", ("$d", dataset)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                tables.Add(new VaultTable(reader.GetString(0), [], reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3)));
        return tables.Select(t => t with { Columns = LoadColumns(c, dataset, t.Name) }).ToList();
    }

    private static IReadOnlyList<Column> LoadColumns(SqliteConnection c, string dataset, string table)
    {
        var columns = new List<Column>();
        using var command = Command(c, """
            SELECT name, type, class, is_subject_age, class_confirmed, bounds_lower, bounds_upper, public_domain
            FROM columns WHERE dataset = $d AND table_name = $t ORDER BY ordinal;
            """, ("$d", dataset), ("$t", table));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            columns.Add(new Column(
                reader.GetString(0),
                Enum.Parse<ColumnType>(reader.GetString(1)),
                ColumnClassNames.Parse(reader.GetString(2)),
                reader.GetInt64(3) != 0,
                reader.IsDBNull(5) ? null : new ValueBounds(ParseDecimal(reader.GetString(5)), ParseDecimal(reader.GetString(6))),
                reader.IsDBNull(7) ? null : JsonSerializer.Deserialize<string[]>(reader.GetString(7)),
                reader.GetInt64(4) != 0));
        return columns;
    }

    private static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
