using Kura.Core;

namespace Kura.Anonymity;

/// <summary>
/// The table to anonymise, as named columns of strings (column-major, all of equal length). The anonymiser
/// reads it once to dictionary-encode the quasi-identifiers and sensitive attributes; it never changes it.
/// Values of quasi-identifier and sensitive columns must not be null: map missing values to a string first.
/// </summary>
public sealed class SourceTable
{
    private readonly Dictionary<string, int> index;
    private readonly IReadOnlyList<IReadOnlyList<string>> columns;

    /// <param name="columnNames">Distinct column names.</param>
    /// <param name="columns">One list of values per name, in the same order; all the same length.</param>
    /// <exception cref="KuraException">KURA-ANON-TABLE-INVALID when names repeat or lengths differ.</exception>
    public SourceTable(IReadOnlyList<string> columnNames, IReadOnlyList<IReadOnlyList<string>> columns)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(columns);
        if (columnNames.Count != columns.Count) throw Invalid($"{columnNames.Count} names were given for {columns.Count} columns");
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columnNames.Count; i++)
        {
            if (!index.TryAdd(columnNames[i], i)) throw Invalid($"column '{columnNames[i]}' appears twice");
        }
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Count != RowCount) throw Invalid($"column '{columnNames[i]}' has {columns[i].Count} rows, the first has {RowCount}");
        }
        ColumnNames = columnNames.ToArray();
        this.columns = columns;
    }

    /// <summary>Column names in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Number of rows (records).</summary>
    public int RowCount { get; }

    /// <summary>The values of the named column.</summary>
    /// <exception cref="KuraException">KURA-ANON-COLUMN-UNKNOWN when there is no such column.</exception>
    public IReadOnlyList<string> Column(string name) => columns[IndexOf(name)];

    /// <summary>The values of the column at <paramref name="position"/>.</summary>
    public IReadOnlyList<string> Column(int position) => columns[position];

    /// <summary>Position of the named column.</summary>
    /// <exception cref="KuraException">KURA-ANON-COLUMN-UNKNOWN when there is no such column.</exception>
    public int IndexOf(string name) => index.TryGetValue(name, out var i)
        ? i
        : throw KuraException.BadInput("KURA-ANON-COLUMN-UNKNOWN", $"The table has no column '{name}'; check the column names in the request.");

    private static KuraException Invalid(string what) =>
        KuraException.BadInput("KURA-ANON-TABLE-INVALID", $"The table to anonymise is malformed: {what}.");
}
