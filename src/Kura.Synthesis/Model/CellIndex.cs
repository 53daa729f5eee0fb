namespace Kura.Synthesis.Model;

/// <summary>Row-major cell arithmetic for tables over a subset of columns (last column fastest).</summary>
internal static class CellIndex
{
    /// <summary>Number of cells of a table over <paramref name="columns"/>.</summary>
    public static long Size(IReadOnlyList<int> columns, int[] shape)
    {
        long size = 1;
        foreach (var c in columns)
            size = checked(size * shape[c]);
        return size;
    }

    /// <summary>
    /// For every cell of a table over <paramref name="outer"/>, the cell of the table over
    /// <paramref name="inner"/> (a subset, any order) that it falls into.
    /// </summary>
    public static int[] Projection(int[] outer, IReadOnlyList<int> inner, int[] shape)
    {
        var innerStride = new int[outer.Length];
        for (var k = 0; k < outer.Length; k++)
        {
            var position = IndexOf(inner, outer[k]);
            innerStride[k] = position < 0 ? 0 : Stride(inner, position, shape);
        }
        var map = new int[Size(outer, shape)];
        var digits = new int[outer.Length];
        var current = 0;
        for (var cell = 0; cell < map.Length; cell++)
        {
            map[cell] = current;
            // Odometer step over the outer columns, keeping the inner index in step.
            for (var k = outer.Length - 1; k >= 0; k--)
            {
                digits[k]++;
                current += innerStride[k];
                if (digits[k] < shape[outer[k]])
                    break;
                current -= innerStride[k] * digits[k];
                digits[k] = 0;
            }
        }
        return map;
    }

    /// <summary>The code of column <paramref name="columns"/>[k] in cell <paramref name="cell"/>.</summary>
    public static int Digit(int cell, IReadOnlyList<int> columns, int k, int[] shape) =>
        cell / Stride(columns, k, shape) % shape[columns[k]];

    /// <summary>Stride of position k in a row-major table over <paramref name="columns"/>.</summary>
    public static int Stride(IReadOnlyList<int> columns, int k, int[] shape)
    {
        var stride = 1;
        for (var j = columns.Count - 1; j > k; j--)
            stride *= shape[columns[j]];
        return stride;
    }

    private static int IndexOf(IReadOnlyList<int> columns, int column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
                return i;
        }
        return -1;
    }
}
