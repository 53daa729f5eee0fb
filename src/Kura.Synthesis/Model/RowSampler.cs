namespace Kura.Synthesis.Model;

/// <summary>
/// Draws synthetic rows from a calibrated <see cref="CliqueModel"/> clique by clique along the junction tree
/// (parents first). Within each group of rows sharing a separator value, the counts of the clique's new columns
/// are the group size times the model's conditional, rounded systematically with a random offset, then shuffled
/// over the group's rows: unbiased, with less sampling noise than independent draws (as in Private-PGM).
/// </summary>
internal static class RowSampler
{
    /// <summary>Column-major codes of <paramref name="rows"/> (≥ 0) rows over all columns of the model.</summary>
    public static int[][] Sample(CliqueModel model, int rows, UniformSource random)
    {
        var shape = model.Shape;
        var columns = shape.Select(_ => new int[rows]).ToArray();
        foreach (var c in model.Tree.Order)
        {
            var clique = model.Tree.Cliques[c];
            var separator = model.Tree.Separators[c];
            var groupOfCell = CellIndex.Projection(clique, separator, shape);
            var groups = (int)CellIndex.Size(separator, shape);
            var groupOfRow = RowGroups(columns, separator, shape, rows);
            var cellsOfGroup = Bucket(groupOfCell, groups);
            var rowsOfGroup = Bucket(groupOfRow, groups);
            var newColumns = Enumerable.Range(0, clique.Length).Where(k => !separator.Contains(clique[k])).ToArray();
            for (var g = 0; g < groups; g++)
            {
                if (rowsOfGroup[g].Length == 0)
                    continue;
                var cells = cellsOfGroup[g];
                var weights = cells.Select(cell => model.Marginals[c][cell]).ToArray();
                var chosen = Allocate(weights, rowsOfGroup[g].Length, random);
                for (var i = 0; i < chosen.Length; i++)
                {
                    var cell = cells[chosen[i]];
                    foreach (var k in newColumns)
                        columns[clique[k]][rowsOfGroup[g][i]] = CellIndex.Digit(cell, clique, k, shape);
                }
            }
        }
        return columns;
    }

    /// <summary>n indices into <paramref name="weights"/> with counts systematically rounded from n·w/Σw, in random order.</summary>
    internal static int[] Allocate(double[] weights, int n, UniformSource random)
    {
        var total = weights.Sum();
        var result = new int[n];
        if (!(total > 0))
        {
            for (var i = 0; i < n; i++)
                result[i] = random.NextInt(weights.Length);
            return result;
        }
        var offset = random.NextDouble();
        double cumulative = 0;
        long filled = 0;
        for (var k = 0; k < weights.Length && filled < n; k++)
        {
            cumulative += n * weights[k] / total;
            var upTo = Math.Min(n, (long)Math.Floor(cumulative + offset));
            while (filled < upTo)
                result[filled++] = k;
        }
        // Rounding at the very end of the cumulative sum can leave a slot: give it to the last positive weight.
        var last = Array.FindLastIndex(weights, w => w > 0);
        while (filled < n)
            result[filled++] = last;
        random.Shuffle(result);
        return result;
    }

    private static int[] RowGroups(int[][] columns, int[] separator, int[] shape, int rows)
    {
        var group = new int[rows];
        foreach (var s in separator)
        {
            for (var r = 0; r < rows; r++)
                group[r] = group[r] * shape[s] + columns[s][r];
        }
        return group;
    }

    private static int[][] Bucket(int[] keys, int buckets)
    {
        var counts = new int[buckets];
        foreach (var k in keys)
            counts[k]++;
        var result = counts.Select(n => new int[n]).ToArray();
        Array.Clear(counts);
        for (var i = 0; i < keys.Length; i++)
            result[keys[i]][counts[keys[i]]++] = i;
        return result;
    }
}
