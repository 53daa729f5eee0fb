using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Tests.Support;

/// <summary>Small encoded tables for tests.</summary>
internal static class Tables
{
    public static SynthesisDomain[] Domains(params int[] sizes) =>
        sizes.Select((size, c) => (SynthesisDomain)new CategoricalDomain($"c{c}", Enumerable.Range(0, size).Select(v => $"v{v}"))).ToArray();

    public static EncodedTable FromRows(int[] sizes, IReadOnlyList<int[]> rows) =>
        new(Domains(sizes), Enumerable.Range(0, sizes.Length).Select(c => rows.Select(r => r[c]).ToArray()).ToArray());

    /// <summary>
    /// A Markov chain over columns: c0 uniform, each next column copies the previous with probability 3/5, otherwise
    /// uniform. Strong 2-way structure, so the tree the selection should find is the chain.
    /// </summary>
    public static EncodedTable Chain(int rows, int columns, int size, IRandomBits? randomness = null)
    {
        var rng = randomness ?? new CryptoRandomBits();
        var data = new List<int[]>(rows);
        for (var r = 0; r < rows; r++)
        {
            var row = new int[columns];
            row[0] = (int)rng.UniformBelow((ulong)size);
            for (var c = 1; c < columns; c++)
                row[c] = rng.UniformBelow(5UL) < 3 ? row[c - 1] : (int)rng.UniformBelow((ulong)size);
            data.Add(row);
        }
        return FromRows(Enumerable.Repeat(size, columns).ToArray(), data);
    }

    public static int[] Row(EncodedTable table, int r) => Enumerable.Range(0, table.ColumnCount).Select(c => table.Column(c)[r]).ToArray();
}
