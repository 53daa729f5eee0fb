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

    /// <summary>
    /// Columns a, b, c, t: a uniform on 4 values, b copies a with probability 1/2 (otherwise uniform), c uniform noise
    /// on 3 values, and t = 1 with probability (a + b + 1)/8, so t depends on both a and b.
    /// </summary>
    public static EncodedTable TargetOfTwo(int rows, IRandomBits? randomness = null)
    {
        var rng = randomness ?? new CryptoRandomBits();
        var data = new List<int[]>(rows);
        for (var r = 0; r < rows; r++)
        {
            var a = (int)rng.UniformBelow(4UL);
            var b = rng.UniformBelow(2UL) == 0 ? a : (int)rng.UniformBelow(4UL);
            var c = (int)rng.UniformBelow(3UL);
            var t = rng.UniformBelow(8UL) < (ulong)(a + b + 1) ? 1 : 0;
            data.Add([a, b, c, t]);
        }
        string[] names = ["a", "b", "c", "t"];
        int[] sizes = [4, 4, 3, 2];
        return new EncodedTable(
            names.Select((n, i) => (SynthesisDomain)new CategoricalDomain(n, Enumerable.Range(0, sizes[i]).Select(v => $"v{v}"))).ToArray(),
            Enumerable.Range(0, 4).Select(i => data.Select(row => row[i]).ToArray()).ToArray());
    }

    public static int[] Row(EncodedTable table, int r) => Enumerable.Range(0, table.ColumnCount).Select(c => table.Column(c)[r]).ToArray();
}
