using Kura.Engine.Ports;

namespace Kura.Engine.Extracts;

/// <summary>The rows of an extract in memory, column-major (the anonymiser needs whole columns); null is a missing value.</summary>
internal sealed class ExtractTable
{
    private ExtractTable(string?[][] columns, int rows)
    {
        Columns = columns;
        RowCount = rows;
    }

    /// <summary>One array per planned column, all of <see cref="RowCount"/> values.</summary>
    public string?[][] Columns { get; }

    public int RowCount { get; }

    /// <summary>Reads the planned columns from <paramref name="schema"/> (the release schema).</summary>
    public static ExtractTable Read(IVault vault, string schema, string? personKey, ExtractPlan plan, CancellationToken cancellationToken)
    {
        var selection = new RowSelection(schema, plan.Tables,
            [.. plan.Columns.Select(c => new TableColumn(c.Output.Table, c.Output.Source))],
            plan.Tables.Count > 1 ? personKey : null, plan.OneRowPerPerson);
        var lists = plan.Columns.Select(_ => new List<string?>()).ToArray();
        // One string instance per distinct value and column (not for the person key, whose values are all distinct).
        var pools = plan.Columns.Select(c => c.Output.Treatment == ColumnTreatment.Pseudonym ? null : new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        foreach (var row in vault.ReadRows(selection, cancellationToken))
        {
            for (var c = 0; c < lists.Length; c++) lists[c].Add(Intern(pools[c], row[c]));
        }
        return new ExtractTable([.. lists.Select(l => l.ToArray())], lists.Length == 0 ? 0 : lists[0].Count);
    }

    private static string? Intern(Dictionary<string, string>? pool, string? value)
    {
        if (pool is null || value is null) return value;
        if (pool.TryGetValue(value, out var shared)) return shared;
        pool.Add(value, value);
        return value;
    }
}
