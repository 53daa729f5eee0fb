using Kura.Core;

namespace Kura.Synthesis.Domains;

/// <summary>
/// A table whose every cell is the code of a value in its column's declared <see cref="SynthesisDomain"/>.
/// Column-major; one row per person (the privacy unit). Immutable once built; thread-safe for reading.
/// </summary>
public sealed class EncodedTable
{
    private readonly int[][] _columns;

    /// <summary>
    /// Builds a table from column arrays (taken as is, not copied: the caller hands them over). All columns must
    /// have the same length and every code must be in [0, domain size).
    /// </summary>
    public EncodedTable(IReadOnlyList<SynthesisDomain> domains, IReadOnlyList<int[]> columns)
    {
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentNullException.ThrowIfNull(columns);
        if (domains.Count == 0 || domains.Count != columns.Count)
            throw KuraException.BadInput("KURA-SYNTH-TABLE-INVALID", $"An encoded table needs one code column per domain (got {domains.Count} domains, {columns.Count} columns).");
        if (domains.Select(d => d.Column).Distinct(StringComparer.Ordinal).Count() != domains.Count)
            throw KuraException.BadInput("KURA-SYNTH-TABLE-INVALID", "Two domains of an encoded table name the same column; name each column once.");
        var rows = columns[0].Length;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Length != rows)
                throw KuraException.BadInput("KURA-SYNTH-TABLE-INVALID", $"Column '{domains[c].Column}' has {columns[c].Length} rows, the first column {rows}.");
            var size = domains[c].Size;
            foreach (var code in columns[c])
            {
                if ((uint)code >= (uint)size)
                    throw KuraException.BadInput("KURA-SYNTH-TABLE-INVALID", $"Column '{domains[c].Column}' holds a code outside its domain of {size} values.");
            }
        }
        Domains = domains.ToArray();
        _columns = columns.ToArray();
        RowCount = rows;
    }

    /// <summary>The declared domain of each column, in column order.</summary>
    public IReadOnlyList<SynthesisDomain> Domains { get; }

    /// <summary>Number of rows (people).</summary>
    public int RowCount { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>Domain sizes in column order.</summary>
    public int[] Shape() => Domains.Select(d => d.Size).ToArray();

    /// <summary>The codes of column <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> Column(int index) => _columns[index];

    /// <summary>The position of a column by name, or −1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Domains.Count; i++)
        {
            if (string.Equals(Domains[i].Column, column, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    /// <summary>A new table with the given rows, in the given order (indices may repeat).</summary>
    public EncodedTable SelectRows(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = _columns.Select(column => rows.Select(r => column[r]).ToArray()).ToArray();
        return new EncodedTable(Domains, columns);
    }

    /// <summary>The labels of every row, in column order: what a synthetic file holds.</summary>
    public IEnumerable<string[]> DecodeRows()
    {
        for (var r = 0; r < RowCount; r++)
        {
            var row = new string[_columns.Length];
            for (var c = 0; c < row.Length; c++)
                row[c] = Domains[c].Label(_columns[c][r]);
            yield return row;
        }
    }
}
