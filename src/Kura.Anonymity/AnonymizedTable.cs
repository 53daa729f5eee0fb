using System.Security.Cryptography;
using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity;

/// <summary>
/// The released rows: every column of the source table, quasi-identifiers replaced by their labels at the
/// chosen levels, suppressed records left out. Rows are in a uniformly random order drawn from the operating
/// system's CSPRNG, so row position carries no link to the source order. Values are produced on demand;
/// the table holds no copy of the data. Thread-safe for reading.
/// </summary>
public sealed class AnonymizedTable
{
    private readonly SourceTable source;
    private readonly int[] rows;                 // source row of each released row
    private readonly int[] qiOfColumn;           // column → quasi-identifier index, or -1
    private readonly Hierarchy[] hierarchies;
    private readonly int[] levels;
    private readonly int[][] leafCodes;

    internal AnonymizedTable(SourceTable source, int[] rows, int[] qiOfColumn, Hierarchy[] hierarchies, int[] levels, int[][] leafCodes)
    {
        this.source = source;
        this.rows = rows;
        this.qiOfColumn = qiOfColumn;
        this.hierarchies = hierarchies;
        this.levels = levels;
        this.leafCodes = leafCodes;
        Shuffle(this.rows);
    }

    /// <summary>Column names, as in the source table.</summary>
    public IReadOnlyList<string> ColumnNames => source.ColumnNames;

    /// <summary>Number of released rows.</summary>
    public int RowCount => rows.Length;

    /// <summary>The released value at <paramref name="row"/> (0 ≤ row &lt; <see cref="RowCount"/>) and <paramref name="column"/>.</summary>
    public string this[int row, int column]
    {
        get
        {
            var sourceRow = rows[row];
            var qi = qiOfColumn[column];
            if (qi < 0) return source.Column(column)[sourceRow];
            var level = levels[qi];
            return hierarchies[qi].Label(level, hierarchies[qi].CodesAt(level)[leafCodes[qi][sourceRow]]);
        }
    }

    /// <summary>Streams the released rows, one new array per row.</summary>
    public IEnumerable<string[]> Rows()
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var values = new string[qiOfColumn.Length];
            for (var c = 0; c < values.Length; c++) values[c] = this[r, c];
            yield return values;
        }
    }

    // Fisher–Yates with 64-bit CSPRNG draws; the modulo bias is below n/2⁶⁴.
    private static void Shuffle(int[] values)
    {
        var draws = new ulong[values.Length];
        RandomNumberGenerator.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(draws.AsSpan()));
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = (int)(draws[i] % (ulong)(i + 1));
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
