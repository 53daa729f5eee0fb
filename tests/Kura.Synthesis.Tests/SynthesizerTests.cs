using Kura.Core;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests;

public class SynthesizerTests
{
    private static readonly Rational Rho = ZcdpConversion.MaxRhoWithin(1, Rational.Parse("1e-9"));

    [Theory]
    [InlineData(SynthesisMethod.Mst, 2, null)]
    [InlineData(SynthesisMethod.Mst, 4, null)]
    [InlineData(SynthesisMethod.Mst, 2, "c1")]
    [InlineData(SynthesisMethod.Mst, 3, "c0")]
    [InlineData(SynthesisMethod.Mst, 5, "c2")]
    [InlineData(SynthesisMethod.Aim, 4, null)]
    public void Synthesize_AnyMethod_SpendsTheReservedRhoExactlyOnce(SynthesisMethod method, int columns, string? target)
    {
        var table = Tables.Chain(1_500, columns, 5);
        var result = Synthesizer.Synthesize(Request(table, method) with { Target = target });
        // Each step's ρ is derived from its own public parameters (k/(2σ²), ε²/8), so their sum checks the split.
        Assert.Equal(Rho, result.Steps.Aggregate(Rational.Zero, (sum, s) => sum + s.Rho));
        Assert.Equal(PrivacyCost.FromRho(Rho), result.Cost);
        Assert.All(result.Steps.Where(s => s.Kind == SynthesisStepKind.Measure),
            s => Assert.Equal(s.Marginals.Count / (2 * s.SigmaSquared!.Value), s.Rho));
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, "c2")]
    public void Synthesize_MstWhoseTreeSpansTwoColumns_MeasuresTheForcedPairWithoutSelecting(int columns, string? target)
    {
        var steps = Synthesizer.Synthesize(Request(Tables.Chain(1_000, columns, 4), SynthesisMethod.Mst) with { Target = target }).Steps;
        Assert.DoesNotContain(steps, s => s.Kind == SynthesisStepKind.Select);
        Assert.Equal(["c0", "c1"], steps[^1].Marginals.Single());
    }

    [Fact]
    public void Synthesize_Mst_MeasuresOneWaysSelectsATreeAndMeasuresItsEdges()
    {
        var table = Tables.Chain(2_000, 5, 4);
        var steps = Synthesizer.Synthesize(Request(table, SynthesisMethod.Mst)).Steps;
        Assert.Equal(1 + 4 + 1, steps.Count);
        Assert.Equal(5, steps[0].Marginals.Count);
        Assert.All(steps.Skip(1).Take(4), s => Assert.Equal(SynthesisStepKind.Select, s.Kind));
        var edges = steps[^1].Marginals.Select(m => string.Join("-", m)).ToHashSet();
        Assert.Equal(steps.Skip(1).Take(4).Select(s => string.Join("-", s.Marginals[0])).ToHashSet(), edges);
        // The chain's links are by far the strongest pairs; at ε = 1 with 2,000 rows the tree finds them.
        Assert.Equal(new HashSet<string> { "c0-c1", "c1-c2", "c2-c3", "c3-c4" }, edges);
    }

    [Fact]
    public void Synthesize_MstWithATarget_MeasuresTheTargetsPairsThenATreeOverTheOtherColumns()
    {
        var table = Tables.Chain(2_000, 5, 4);
        var result = Synthesizer.Synthesize(Request(table, SynthesisMethod.Mst) with { Target = "c2" });
        var steps = result.Steps;
        // 1-ways, the target's 4 pairs, 3 selection rounds over c0, c1, c3, c4, the 3 selected pairs.
        Assert.Equal(1 + 1 + 3 + 1, steps.Count);
        Assert.Equal(["c0-c2", "c1-c2", "c2-c3", "c2-c4"], steps[1].Marginals.Select(m => string.Join("-", m)));
        Assert.All(steps.Skip(2).Take(3), s => Assert.Equal(SynthesisStepKind.Select, s.Kind));
        Assert.All(steps.Skip(2).SelectMany(s => s.Marginals), m => Assert.DoesNotContain("c2", m));
        Assert.Equal(steps[1].SigmaSquared, steps[^1].SigmaSquared);
        Assert.Equal(Rho, steps.Aggregate(Rational.Zero, (sum, s) => sum + s.Rho));
        Assert.All(result.ModelCliques, clique => Assert.Contains("c2", clique));
    }

    [Fact]
    public void Synthesize_MstWithATarget_KeepsATargetThatDependsOnTwoCorrelatedColumns()
    {
        // t depends on a and b, which are strongly correlated: a spanning tree links a–b and hangs t on one of them,
        // losing what the other says about t. Built around t, MST keeps both (cliques t, a, b).
        var real = Tables.TargetOfTwo(20_000);
        double Tvd(string? target)
        {
            var request = Request(real, SynthesisMethod.Mst, rows: 40_000) with { Rho = 1, Target = target };
            return Kura.Synthesis.Evaluation.MarginalDistance.Tvd(real, Synthesizer.Synthesize(request).Rows, [0, 1, 3]);
        }
        var tree = Tvd(null);
        var targeted = Tvd("t");
        Assert.True(targeted < 0.03, $"targeted TVD of (a, b, t) {targeted:F4}");
        Assert.True(tree > targeted + 0.05, $"tree {tree:F4} vs targeted {targeted:F4}");
    }

    [Theory]
    [InlineData(SynthesisMethod.Mst)]
    [InlineData(SynthesisMethod.Aim)]
    public void Synthesize_AnyMethod_NeverWritesAValueOutsideTheDeclaredDomain(SynthesisMethod method)
    {
        // Column 3 has 9 declared values of which the data uses 2: rare-value compression and expansion stay inside.
        var source = Tables.Chain(800, 3, 3);
        var rows = Enumerable.Range(0, source.RowCount).Select(r => Tables.Row(source, r).Append(r % 7 == 0 ? 8 : 0).ToArray()).ToArray();
        var table = Tables.FromRows([3, 3, 3, 9], rows);
        var result = Synthesizer.Synthesize(Request(table, method, rows: 5_000));
        Assert.Equal(5_000, result.Rows.RowCount);
        Assert.Equal(table.Shape(), result.Rows.Shape());
        for (var c = 0; c < table.ColumnCount; c++)
            Assert.All(result.Rows.Column(c).ToArray(), code => Assert.InRange(code, 0, table.Domains[c].Size - 1));
        var labels = table.Domains.Select(d => d.Labels().ToHashSet()).ToArray();
        Assert.All(result.Rows.DecodeRows(), row => Assert.All(row.Select((v, c) => labels[c].Contains(v)), Assert.True));
    }

    public static TheoryData<string, Func<SynthesisRequest, SynthesisRequest>> RefusedRequests() => new()
    {
        { "KURA-SYNTH-BUDGET", r => r with { Rho = Rational.Zero } },
        { "KURA-SYNTH-ROWS", r => r with { Rows = 0 } },
        { "KURA-SYNTH-ITERATIONS", r => r with { FitIterations = 5 } },
        { "KURA-SYNTH-TARGET", r => r with { Target = "salary" } },
        { "KURA-SYNTH-WORKLOAD", r => r with { Method = SynthesisMethod.Aim, Workload = null } },
        { "KURA-SYNTH-WORKLOAD", r => r with { Method = SynthesisMethod.Aim, Workload = [["c0", "salary"]] } },
        { "KURA-SYNTH-WORKLOAD", r => r with { Method = SynthesisMethod.Aim, Workload = [["c0", "c1", "c2", "c3"]] } },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public void Synthesize_InvalidRequest_IsRefusedBeforeDrawingAnyNoise(string code, Func<SynthesisRequest, SynthesisRequest> spoil)
    {
        var bits = new CountingBits();
        var request = spoil(Request(Tables.Chain(100, 4, 3), SynthesisMethod.Mst));
        var error = Assert.Throws<KuraException>(() => Synthesizer.Synthesize(request, bits));
        Assert.Equal(code, error.Code);
        Assert.Equal(0, bits.Drawn);
    }

    [Fact]
    public void Synthesize_TargetWhoseTriplesAreTooLarge_IsRefusedBeforeDrawingAnyNoise()
    {
        // Every pair fits (2,000 × 2,000 = 4,000,000 cells) but a clique (target, a, b) would have 8,000,000.
        var table = Tables.FromRows([2_000, 2_000, 2], [[0, 0, 0], [1, 1, 1]]);
        Assert.False(Synthesizer.TargetFits(table, "c2"));
        Assert.True(Synthesizer.TargetFits(Tables.FromRows([2_000, 1_000, 2], [[0, 0, 0]]), "c2"));
        var bits = new CountingBits();
        var error = Assert.Throws<KuraException>(() => Synthesizer.Synthesize(Request(table, SynthesisMethod.Mst) with { Target = "c2" }, bits));
        Assert.Equal("KURA-SYNTH-DOMAIN-TOO-LARGE", error.Code);
        Assert.Contains("c2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, bits.Drawn);
    }

    private static SynthesisRequest Request(EncodedTable table, SynthesisMethod method, int rows = 1_000) => new()
    {
        Table = table,
        Rho = Rho,
        Rows = rows,
        Method = method,
        Workload = method == SynthesisMethod.Aim ? Pairs(table) : null,
        FitIterations = 500,
    };

    private static IReadOnlyList<IReadOnlyList<string>> Pairs(EncodedTable table) =>
        (from a in Enumerable.Range(0, table.ColumnCount)
         from b in Enumerable.Range(a + 1, table.ColumnCount - a - 1)
         select (IReadOnlyList<string>)[table.Domains[a].Column, table.Domains[b].Column]).ToArray();
}
