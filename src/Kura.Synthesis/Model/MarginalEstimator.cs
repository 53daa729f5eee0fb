namespace Kura.Synthesis.Model;

/// <summary>
/// Private-PGM estimation (McKenna, Sheldon &amp; Miklau 2019): the graphical model whose marginals minimise
/// Σ_m ½ Σ_cells w·(μ_m − y_m)² over the marginal polytope, by entropic mirror descent on the log-potentials
/// with exact inference on the junction tree and a backtracking (Armijo) step size. Post-processing only.
/// </summary>
internal static class MarginalEstimator
{
    /// <summary>
    /// Fits a model over the junction tree of the measured column sets (plus <paramref name="extraCliques"/>), starting
    /// from <paramref name="warmStart"/>'s distribution when the new cliques hold all of its cliques.
    /// </summary>
    public static CliqueModel Fit(int[] shape, IReadOnlyList<FitMeasurement> measurements, int iterations,
        IEnumerable<int[]>? extraCliques = null, CliqueModel? warmStart = null)
    {
        var sets = measurements.Select(m => (IReadOnlyList<int>)m.Columns)
            .Concat((extraCliques ?? []).Select(c => (IReadOnlyList<int>)c))
            .Concat(Enumerable.Range(0, shape.Length).Select(c => (IReadOnlyList<int>)new[] { c }));
        var tree = JunctionTree.Build(shape, sets);
        var model = new CliqueModel(tree, shape, EstimateTotal(measurements));
        if (warmStart is not null)
            WarmStart(model, warmStart);
        new Descent(model, measurements).Run(iterations);
        return model;
    }

    /// <summary>Number of rows: the inverse-variance weighted mean of the measurements' sums (at least 1).</summary>
    public static double EstimateTotal(IReadOnlyList<FitMeasurement> measurements)
    {
        double weighted = 0, weights = 0;
        foreach (var m in measurements)
        {
            var variance = m.Weights.Sum(w => 1 / w);
            weighted += m.Values.Sum() / variance;
            weights += 1 / variance;
        }
        return weights > 0 ? Math.Max(1, weighted / weights) : 1;
    }

    /// <summary>Places each old clique's potentials onto a new clique holding it (same distribution), when all fit.</summary>
    private static void WarmStart(CliqueModel model, CliqueModel old)
    {
        var hosts = old.Tree.Cliques.Select(c => model.Tree.HostOf(c)).ToArray();
        if (hosts.Any(h => h < 0))
            return;
        for (var i = 0; i < hosts.Length; i++)
        {
            var map = CellIndex.Projection(model.Tree.Cliques[hosts[i]], old.Tree.Cliques[i], model.Shape);
            var target = model.Potentials[hosts[i]];
            for (var cell = 0; cell < target.Length; cell++)
                target[cell] += old.Potentials[i][map[cell]];
        }
        model.Calibrate();
    }

    /// <summary>The mirror-descent loop over one model and its measurements.</summary>
    private sealed class Descent
    {
        private const int ConvergenceWindow = 50;
        // Gentle growth keeps most iterations at one calibration; halving on failure adapts fast.
        private const double StepGrowth = 1.2;
        private const double RelativeTolerance = 1e-6;

        private readonly CliqueModel _model;
        private readonly IReadOnlyList<FitMeasurement> _measurements;
        private readonly int[] _host;
        private readonly int[][] _map;
        private readonly double[][] _gradient;
        private double _step;

        public Descent(CliqueModel model, IReadOnlyList<FitMeasurement> measurements)
        {
            _model = model;
            _measurements = measurements;
            _host = measurements.Select(m => model.Tree.HostOf(m.Columns)).ToArray();
            _map = measurements.Select((m, i) => CellIndex.Projection(model.Tree.Cliques[_host[i]], m.Columns, model.Shape)).ToArray();
            _gradient = model.Potentials.Select(p => new double[p.Length]).ToArray();
            // A safe first step: the loss's curvature in θ is at most Total·Σw per cell.
            var weight = measurements.Sum(m => m.Weights.Max());
            _step = weight > 0 ? 1 / (model.Total * weight) : 0;
        }

        public void Run(int iterations)
        {
            if (_measurements.Count == 0 || _step == 0)
                return;
            var loss = LossAndGradient();
            var previous = _model.Potentials.Select(p => (double[])p.Clone()).ToArray();
            var previousMarginals = _model.Marginals.Select(p => (double[])p.Clone()).ToArray();
            var checkpoint = loss;
            for (var t = 0; t < iterations; t++)
            {
                // Stop once a window of iterations no longer improves the loss measurably.
                if (t > 0 && t % ConvergenceWindow == 0)
                {
                    if (checkpoint - loss <= RelativeTolerance * Math.Max(loss, 1))
                        return;
                    checkpoint = loss;
                }
                Copy(_model.Potentials, previous);
                Copy(_model.Marginals, previousMarginals);
                var gradient = _gradient.Select(g => (double[])g.Clone()).ToArray();
                var accepted = false;
                _step *= StepGrowth;
                for (var attempt = 0; attempt < 30 && !accepted; attempt++)
                {
                    Step(previous, gradient, _step);
                    var candidate = LossAndGradient();
                    accepted = loss - candidate >= 0.5 * _step * Dot(gradient, previousMarginals, _model.Marginals);
                    if (accepted)
                        loss = candidate;
                    else
                        _step /= 2;
                }
                if (!accepted)
                {
                    // No descent at any step size: the fit has converged to numerical precision.
                    Step(previous, gradient, 0);
                    return;
                }
            }
        }

        private void Step(double[][] origin, double[][] gradient, double step)
        {
            for (var c = 0; c < origin.Length; c++)
            {
                var theta = _model.Potentials[c];
                for (var cell = 0; cell < theta.Length; cell++)
                    theta[cell] = origin[c][cell] - step * gradient[c][cell];
            }
            _model.Calibrate();
        }

        private double LossAndGradient()
        {
            foreach (var g in _gradient)
                Array.Clear(g);
            double loss = 0;
            for (var i = 0; i < _measurements.Count; i++)
            {
                var m = _measurements[i];
                var marginal = _model.Marginals[_host[i]];
                var projected = CliqueModel.Sum(marginal, _map[i], m.Values.Length);
                var residual = new double[projected.Length];
                for (var k = 0; k < residual.Length; k++)
                {
                    residual[k] = m.Weights[k] * (projected[k] - m.Values[k]);
                    loss += 0.5 * residual[k] * (projected[k] - m.Values[k]);
                }
                var gradient = _gradient[_host[i]];
                for (var cell = 0; cell < gradient.Length; cell++)
                    gradient[cell] += residual[_map[i][cell]];
            }
            return loss;
        }

        private static double Dot(double[][] gradient, double[][] before, double[][] after)
        {
            double sum = 0;
            for (var c = 0; c < gradient.Length; c++)
            for (var cell = 0; cell < gradient[c].Length; cell++)
                sum += gradient[c][cell] * (before[c][cell] - after[c][cell]);
            return sum;
        }

        private static void Copy(double[][] from, double[][] to)
        {
            for (var c = 0; c < from.Length; c++)
                Array.Copy(from[c], to[c], from[c].Length);
        }
    }
}
