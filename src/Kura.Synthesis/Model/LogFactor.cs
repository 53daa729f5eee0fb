namespace Kura.Synthesis.Model;

/// <summary>A table of log-values over a sorted set of columns, for variable elimination.</summary>
internal sealed record LogFactor(int[] Columns, double[] Values)
{
    /// <summary>The product of two factors (sum of log-values) over the union of their columns.</summary>
    public LogFactor Times(LogFactor other, int[] shape)
    {
        var columns = Columns.Union(other.Columns).Order().ToArray();
        var mine = CellIndex.Projection(columns, Columns, shape);
        var theirs = CellIndex.Projection(columns, other.Columns, shape);
        var values = new double[mine.Length];
        for (var cell = 0; cell < values.Length; cell++)
            values[cell] = Values[mine[cell]] + other.Values[theirs[cell]];
        return new LogFactor(columns, values);
    }

    /// <summary>Sums one column out (log-sum-exp).</summary>
    public LogFactor SumOut(int column, int[] shape)
    {
        var columns = Columns.Where(c => c != column).ToArray();
        var map = CellIndex.Projection(Columns, columns, shape);
        var result = new double[CellIndex.Size(columns, shape)];
        Array.Fill(result, double.NegativeInfinity);
        for (var cell = 0; cell < Values.Length; cell++)
            result[map[cell]] = Math.Max(result[map[cell]], Values[cell]);
        var sums = new double[result.Length];
        for (var cell = 0; cell < Values.Length; cell++)
            sums[map[cell]] += Math.Exp(Values[cell] - result[map[cell]]);
        for (var i = 0; i < result.Length; i++)
            result[i] += Math.Log(sums[i]);
        return new LogFactor(columns, result);
    }
}
