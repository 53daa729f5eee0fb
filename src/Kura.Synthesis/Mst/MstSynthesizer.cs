using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Mst;

/// <summary>
/// MST (McKenna, Miklau &amp; Sheldon 2021): measure all 1-way marginals, compress rare values, privately select a
/// maximum spanning tree of 2-way marginals, measure its edges, fit a Private-PGM model and sample. With a target
/// column, its pairs with every other column are measured first and the tree spans the others, scored against the
/// model those measurements imply; the model then has cliques (target, a, b), so the target depends on every column
/// as a classifier of it needs. Spends exactly the request's ρ as split by <see cref="MstBudget"/>.
/// </summary>
internal static class MstSynthesizer
{
    private const int SelectionFitIterations = 300;

    public static SynthesisResult Run(SynthesisRequest request, IRandomBits rng)
    {
        var table = request.Table;
        var d = table.ColumnCount;
        int? target = request.Target is null ? null : table.IndexOf(request.Target);
        var budget = MstBudget.Split(request.Rho, d, targeted: target is not null);
        var trace = new SpendTrace(table);
        var singletons = Enumerable.Range(0, d).Select(c => new[] { c }).ToArray();
        var oneWay = MarginalMeasurement.Measure(table, singletons, budget.OneWayRho, rng);
        trace.Measured(oneWay);
        var compression = DomainCompression.FromOneWay(oneWay);
        var compressed = compression.Compress(table);
        var measurements = oneWay.Select(compression.CompressOneWay).ToList();
        var spanned = Enumerable.Range(0, d).Where(c => c != target).ToArray();
        if (target is { } t)
            measurements.AddRange(Measure(compressed, [.. spanned.Select(c => Pair(t, c))], budget.TargetPairsRho, trace, rng));
        if (spanned.Length >= 2)
            measurements.AddRange(Measure(compressed, Tree(compressed, compression, measurements, spanned, budget, trace, rng), budget.TreeRho, trace, rng));
        var model = MarginalEstimator.Fit(compression.Shape, measurements, request.FitIterations);
        var random = new UniformSource(rng);
        var columns = RowSampler.Sample(model, request.Rows, random);
        compression.Expand(columns, random);
        return trace.Result(new EncodedTable(table.Domains, columns), model.Tree.Cliques);
    }

    // Two columns have one possible edge, taken without selection; more are spanned by the private tree.
    private static int[][] Tree(EncodedTable compressed, DomainCompression compression, List<FitMeasurement> measurements, int[] spanned,
        MstBudget budget, SpendTrace trace, IRandomBits rng)
    {
        if (budget.SelectionRounds == 0)
            return [Pair(spanned[0], spanned[1])];
        var model = MarginalEstimator.Fit(compression.Shape, measurements, SelectionFitIterations);
        return TreeSelection.Select(compressed, model, spanned, budget.SelectionEpsilon, rng, edge => trace.Selected(edge, budget.SelectionEpsilon));
    }

    private static List<FitMeasurement> Measure(EncodedTable table, int[][] marginals, Rational rho, SpendTrace trace, IRandomBits rng)
    {
        var measured = MarginalMeasurement.Measure(table, marginals, rho, rng);
        trace.Measured(measured);
        return measured.Select(FitMeasurements.From).ToList();
    }

    private static int[] Pair(int a, int b) => a < b ? [a, b] : [b, a];
}
