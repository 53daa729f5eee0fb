namespace Kura.Engine.Extracts;

/// <summary>Applies the per-column peculiar-value treatments of a plan in place.</summary>
internal static class ColumnProcessing
{
    /// <summary>
    /// Clamps and groups the columns the plan marks; returns the number of changed values per column name.
    /// <paramref name="persons"/> gives each row's person, for counting holders of a category (null: each row is a distinct person).
    /// </summary>
    public static IReadOnlyDictionary<string, int> HandlePeculiarValues(ExtractPlan plan, ExtractTable table, string?[]? persons, int rareValueThreshold)
    {
        var changed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < plan.Columns.Count; c++)
        {
            var column = plan.Columns[c];
            changed[column.Output.Name] = column.Output.Treatment switch
            {
                ColumnTreatment.Clamped => PeculiarValues.Clamp(table.Columns[c], column.Source.Bounds!, column.Source.Type == Core.ColumnType.Integer),
                ColumnTreatment.RareGrouped => PeculiarValues.GroupRare(table.Columns[c], persons, rareValueThreshold),
                _ => 0,
            };
        }
        foreach (var unchanged in changed.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToList()) changed.Remove(unchanged);
        return changed;
    }
}
