using Kura.Privacy.Accounting;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Mst;

/// <summary>
/// MST (McKenna, Miklau &amp; Sheldon 2021): measure all 1-way marginals, compress rare values, privately select a
/// maximum spanning tree of 2-way marginals, measure its edges, fit a tree-structured model (Private-PGM) and
/// sample. Spends exactly the request's ρ as split by <see cref="MstBudget"/>.
/// </summary>
internal static class MstSynthesizer
{
    private const int SelectionFitIterations = 300;

    public static SynthesisResult Run(SynthesisRequest request, IRandomBits rng)
    {
        var table = request.Table;
        var d = table.ColumnCount;
        var budget = MstBudget.Split(request.Rho, d);
        var trace = new SpendTrace(table);
        var singletons = Enumerable.Range(0, d).Select(c => new[] { c }).ToArray();
        var oneWay = MarginalMeasurement.Measure(table, singletons, budget.OneWayRho, rng);
        trace.Measured(singletons, budget.OneWayRho, oneWay[0].SigmaSquared);
        var compression = DomainCompression.FromOneWay(oneWay);
        var compressed = compression.Compress(table);
        var measurements = oneWay.Select(compression.CompressOneWay).ToList();
        if (d > 1)
        {
            var independent = MarginalEstimator.Fit(compression.Shape, measurements, SelectionFitIterations);
            var edges = TreeSelection.Select(compressed, independent, budget.SelectionEpsilon, rng,
                edge => trace.Selected(edge, budget.SelectionEpsilon));
            var twoWay = MarginalMeasurement.Measure(compressed, edges, budget.TwoWayRho, rng);
            trace.Measured(edges, budget.TwoWayRho, twoWay[0].SigmaSquared);
            measurements.AddRange(twoWay.Select(FitMeasurements.From));
        }
        var model = MarginalEstimator.Fit(compression.Shape, measurements, request.FitIterations);
        var random = new UniformSource(rng);
        var columns = RowSampler.Sample(model, request.Rows, random);
        compression.Expand(columns, random);
        return new SynthesisResult(new EncodedTable(table.Domains, columns), PrivacyCost.FromRho(request.Rho), trace.Steps)
        {
            ModelCliques = trace.Names(model.Tree.Cliques),
        };
    }
}
