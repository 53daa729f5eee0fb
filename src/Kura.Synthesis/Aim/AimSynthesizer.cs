using Kura.Privacy.Accounting;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Aim;

/// <summary>
/// AIM (McKenna, Mullins, Sheldon &amp; Miklau 2022): measure the 1-way marginals, then, round by round, pick the
/// workload candidate whose model estimate is worst (exponential mechanism over integer scores), measure it with
/// Gaussian noise, refit, and anneal the budget when the new measurement no longer moves the model. Spends exactly
/// ρ as scheduled by <see cref="AimSchedule"/>.
/// </summary>
internal static class AimSynthesizer
{
    /// <summary>Model size limit in cells at the end of the budget (grows with the share spent, as in AIM).</summary>
    public const long MaxModelCells = 100_000;

    private const int RoundFitIterations = 200;

    public static SynthesisResult Run(SynthesisRequest request, AimWorkload workload, IRandomBits rng)
    {
        var table = request.Table;
        var shape = table.Shape();
        var schedule = new AimSchedule(request.Rho, shape.Length);
        var trace = new SpendTrace(table);
        var singletons = Enumerable.Range(0, shape.Length).Select(c => new[] { c }).ToArray();
        var oneWay = MarginalMeasurement.Measure(table, singletons, schedule.OneWayRho, rng);
        trace.Measured(oneWay);
        var measurements = oneWay.Select(FitMeasurements.From).ToList();
        var model = MarginalEstimator.Fit(shape, measurements, RoundFitIterations);
        var exact = workload.Candidates.ToDictionary(c => Key(c.Columns), c => MarginalCounts.Count(table, c.Columns));
        while (!schedule.Finished)
        {
            schedule.BeginRound();
            var sigma = Math.Sqrt(schedule.SigmaSquared.ToDouble());
            var sizeLimit = MaxModelCells * (schedule.Used / schedule.Total).ToDouble();
            var eligible = workload.Candidates.Where(c => Fits(shape, measurements, c.Columns, sizeLimit)).ToArray();
            var scores = eligible.Select(c => Score(exact[Key(c.Columns)], MarginalQuery.Project(model, c.Columns), c.Weight, sigma)).ToArray();
            var chosen = eligible[ExponentialSelection.Select(scores, schedule.Epsilon, eligible.Max(c => c.Weight), rng)].Columns;
            trace.Selected(chosen, schedule.Epsilon);
            var measured = MarginalMeasurement.Measure(table, [chosen], schedule.MeasureRho, rng);
            trace.Measured(measured);
            measurements.Add(FitMeasurements.From(measured[0]));
            var before = MarginalQuery.Project(model, chosen);
            model = MarginalEstimator.Fit(shape, measurements, RoundFitIterations, warmStart: model);
            var after = model.Project(chosen);
            if (L1(before, after) <= sigma * Math.Sqrt(2 / Math.PI) * before.Length)
                schedule.Anneal();
        }
        model = MarginalEstimator.Fit(shape, measurements, request.FitIterations, warmStart: model);
        var columns = RowSampler.Sample(model, request.Rows, new UniformSource(rng));
        return trace.Result(new Domains.EncodedTable(table.Domains, columns), model.Tree.Cliques);
    }

    /// <summary>
    /// weight·(‖x − round(x̂)‖₁ − round(√(2/π)·σ·cells)): how badly the model estimates a candidate, less the error
    /// expected from measuring it. Only ‖x − ·‖₁ depends on the data, so the sensitivity is the weight.
    /// </summary>
    private static long Score(long[] exact, double[] estimate, long weight, double sigma) =>
        SelectionScore.Weighted(weight, exact, MarginalQuery.Rounded(estimate), (long)Math.Round(Math.Sqrt(2 / Math.PI) * sigma * exact.Length));

    private static bool Fits(int[] shape, List<FitMeasurement> measurements, int[] candidate, double sizeLimit)
    {
        var sets = measurements.Select(m => (IReadOnlyList<int>)m.Columns).Append(candidate)
            .Concat(Enumerable.Range(0, shape.Length).Select(c => (IReadOnlyList<int>)new[] { c }));
        var size = JunctionTree.Build(shape, sets).CellCount(shape);
        return size <= sizeLimit || measurements.Any(m => candidate.All(m.Columns.Contains));
    }

    private static double L1(double[] a, double[] b) => a.Zip(b).Sum(p => Math.Abs(p.First - p.Second));

    private static string Key(int[] columns) => string.Join(",", columns);
}
