using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>Checks a CSV header: names present, not reserved for Kura, unique ignoring case (as DuckDB compares them).</summary>
public static class CsvHeader
{
    public static void Validate(string file, IReadOnlyList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
                throw ImportErrors.InvalidColumnName(file, i + 1, "the column has no name");
            if (VaultColumns.IsHidden(name))
                throw ImportErrors.InvalidColumnName(file, i + 1, $"names starting with '__kura_' are reserved for Kura");
            if (seen.TryGetValue(name, out var first))
                throw ImportErrors.DuplicateColumn(file, name, first + 1, i + 1);
            seen[name] = i;
        }
    }
}
