namespace Kura.Synthesis.Model;

/// <summary>
/// Marginals of a fitted model over any set of columns: summed from a clique when one holds them all, otherwise by
/// variable elimination over the log-potentials (columns eliminated greedily, smallest resulting factor first).
/// </summary>
internal static class MarginalQuery
{
    /// <summary>The model's marginal over <paramref name="columns"/> (sorted, distinct), in rows.</summary>
    public static double[] Project(CliqueModel model, int[] columns)
    {
        if (model.Tree.HostOf(columns) >= 0)
            return model.Project(columns);
        var shape = model.Shape;
        var factors = model.Tree.Cliques.Select((c, i) => new LogFactor(c, model.Potentials[i])).ToList();
        var eliminate = Enumerable.Range(0, shape.Length).Where(c => !columns.Contains(c)).ToHashSet();
        while (eliminate.Count > 0)
        {
            var v = eliminate.OrderBy(x => ResultSize(factors, x, shape)).ThenBy(x => x).First();
            var touching = factors.Where(f => f.Columns.Contains(v)).ToList();
            factors.RemoveAll(f => f.Columns.Contains(v));
            if (touching.Count > 0)
                factors.Add(touching.Aggregate((a, b) => a.Times(b, shape)).SumOut(v, shape));
            eliminate.Remove(v);
        }
        var joint = factors.Aggregate(new LogFactor([], [0.0]), (a, b) => a.Times(b, shape));
        // The factors may cover only part of the columns: broadcast by projecting from the full table.
        var full = CellIndex.Projection(columns, joint.Columns, shape);
        var result = new double[full.Length];
        var max = joint.Values.Max();
        double sum = 0;
        for (var cell = 0; cell < result.Length; cell++)
            sum += result[cell] = Math.Exp(joint.Values[full[cell]] - max);
        for (var cell = 0; cell < result.Length; cell++)
            result[cell] *= model.Total / sum;
        return result;
    }

    /// <summary>A model marginal rounded to whole rows, for the integer selection scores.</summary>
    public static long[] Rounded(double[] estimate) => Array.ConvertAll(estimate, value => (long)Math.Round(value));

    private static double ResultSize(List<LogFactor> factors, int v, int[] shape) =>
        factors.Where(f => f.Columns.Contains(v)).SelectMany(f => f.Columns).Distinct().Where(c => c != v)
            .Aggregate(1.0, (size, c) => size * shape[c]);
}
