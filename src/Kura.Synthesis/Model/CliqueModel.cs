namespace Kura.Synthesis.Model;

/// <summary>
/// A discrete graphical model p(x) ∝ exp(Σ_c θ_c(x_c)) over the cliques of a junction tree, with exact marginals
/// by two-pass belief propagation in log space. Marginals are scaled to <see cref="Total"/> rows.
/// </summary>
internal sealed class CliqueModel
{
    private readonly int[][] _toSeparator;   // clique cell → separator cell (non-roots)
    private readonly int[][] _parentToSeparator; // parent cell → separator cell (non-roots)
    private readonly double[][] _upward;
    private readonly double[][] _work;

    public CliqueModel(JunctionTree tree, int[] shape, double total)
    {
        Tree = tree;
        Shape = shape;
        Total = total;
        var n = tree.Cliques.Length;
        Potentials = tree.Cliques.Select(c => new double[CellIndex.Size(c, shape)]).ToArray();
        Marginals = Potentials.Select(p => new double[p.Length]).ToArray();
        _work = Potentials.Select(p => new double[p.Length]).ToArray();
        _toSeparator = new int[n][];
        _parentToSeparator = new int[n][];
        _upward = new double[n][];
        for (var c = 0; c < n; c++)
        {
            var parent = tree.Parent[c];
            var separator = tree.Separators[c];
            _toSeparator[c] = CellIndex.Projection(tree.Cliques[c], separator, shape);
            _parentToSeparator[c] = parent < 0 ? [] : CellIndex.Projection(tree.Cliques[parent], separator, shape);
            _upward[c] = new double[CellIndex.Size(separator, shape)];
        }
        Calibrate();
    }

    public JunctionTree Tree { get; }
    public int[] Shape { get; }
    public double Total { get; }

    /// <summary>Log-potentials θ_c per clique; call <see cref="Calibrate"/> after changing them.</summary>
    public double[][] Potentials { get; }

    /// <summary>Marginal of each clique, in rows (sums to <see cref="Total"/>), as of the last calibration.</summary>
    public double[][] Marginals { get; }

    /// <summary>Recomputes <see cref="Marginals"/> from <see cref="Potentials"/>.</summary>
    public void Calibrate()
    {
        var order = Tree.Order;
        // Upward: children before parents.
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var c = order[i];
            Array.Copy(Potentials[c], _work[c], Potentials[c].Length);
            foreach (var child in Children(c))
                AddMessage(_work[c], _upward[child], _parentToSeparator[child]);
            if (Tree.Parent[c] >= 0)
                LogSumExpInto(_work[c], _toSeparator[c], _upward[c]);
        }
        // Downward: parents before children; a child's belief is its work plus the parent's belief without its own message.
        var downward = new double[0];
        foreach (var c in order)
        {
            var parent = Tree.Parent[c];
            if (parent >= 0)
            {
                var parentBelief = _work[parent];
                var without = new double[parentBelief.Length];
                for (var cell = 0; cell < without.Length; cell++)
                    without[cell] = parentBelief[cell] - _upward[c][_parentToSeparator[c][cell]];
                if (downward.Length != _upward[c].Length)
                    downward = new double[_upward[c].Length];
                LogSumExpInto(without, _parentToSeparator[c], downward);
                AddMessage(_work[c], downward, _toSeparator[c]);
            }
        }
        for (var c = 0; c < Marginals.Length; c++)
            Normalise(_work[c], Marginals[c], Total);
    }

    /// <summary>The model's marginal over <paramref name="columns"/> (a subset of one clique), in rows.</summary>
    public double[] Project(IReadOnlyList<int> columns)
    {
        var host = Tree.HostOf(columns);
        if (host < 0)
            throw new InvalidOperationException("No clique of the model holds all of the requested columns.");
        return Sum(Marginals[host], CellIndex.Projection(Tree.Cliques[host], columns, Shape), (int)CellIndex.Size(columns, Shape));
    }

    public static double[] Sum(double[] values, int[] map, int size)
    {
        var result = new double[size];
        for (var cell = 0; cell < values.Length; cell++)
            result[map[cell]] += values[cell];
        return result;
    }

    private IEnumerable<int> Children(int c)
    {
        for (var k = 0; k < Tree.Parent.Length; k++)
        {
            if (Tree.Parent[k] == c)
                yield return k;
        }
    }

    private static void AddMessage(double[] target, double[] message, int[] map)
    {
        for (var cell = 0; cell < target.Length; cell++)
            target[cell] += message[map[cell]];
    }

    private static void LogSumExpInto(double[] values, int[] map, double[] result)
    {
        Array.Fill(result, double.NegativeInfinity);
        for (var cell = 0; cell < values.Length; cell++)
            result[map[cell]] = Math.Max(result[map[cell]], values[cell]);
        var sums = new double[result.Length];
        for (var cell = 0; cell < values.Length; cell++)
            sums[map[cell]] += Math.Exp(values[cell] - result[map[cell]]);
        for (var s = 0; s < result.Length; s++)
            result[s] += Math.Log(sums[s]);
    }

    private static void Normalise(double[] logValues, double[] result, double total)
    {
        var max = logValues.Max();
        double sum = 0;
        for (var cell = 0; cell < logValues.Length; cell++)
            sum += result[cell] = Math.Exp(logValues[cell] - max);
        var scale = total / sum;
        for (var cell = 0; cell < result.Length; cell++)
            result[cell] *= scale;
    }
}
