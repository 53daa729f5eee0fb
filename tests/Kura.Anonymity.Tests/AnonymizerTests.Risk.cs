using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests;

public partial class AnonymizerTests
{
    // Each case's unconstrained optimum breaks its ceilings, so the ceilings decide the answer.
    public static TheoryData<string, AnonymizationSpec, int> RiskLimitedLattices() => new()
    {
        { "loss k=5 none avg 1/1000", Spec(["age", "education", "marital-status", "sex"], 5, 0) with { RiskLimit = new RiskThreshold(0.2, 1.0 / 1000) }, 5 },
        { "loss k=5 4% avg 1/100", Spec(["age", "education", "marital-status", "sex"], 5, 0.04) with { RiskLimit = new RiskThreshold(0.2, 1.0 / 100) }, 5 },
        { "loss k=2 5% highest 1/8 avg 1/250", Spec(["age", "sex", "race"], 2, 0.05) with { RiskLimit = new RiskThreshold(0.125, 1.0 / 250) }, 8 },
        { "discernibility k=10 2% avg 1/500", Spec(["workclass", "race", "native-country", "salary-class"], 10, 0.02) with { Metric = QualityMetric.Discernibility, RiskLimit = new RiskThreshold(0.1, 1.0 / 500) }, 10 },
        { "entropy k=3 5% avg 1/100", Spec(["age", "sex", "race"], 3, 0.05) with { Metric = QualityMetric.NonUniformEntropy, RiskLimit = new RiskThreshold(1, 1.0 / 100) }, 3 },
    };

    // The optimum under the ceilings equals the least value over the nodes a brute force finds acceptable at the
    // implied k and within the average ceiling.
    [Theory]
    [MemberData(nameof(RiskLimitedLattices))]
    public void Anonymize_RiskCeilings_EqualsBruteForceOptimumWithinThem(string name, AnonymizationSpec spec, int impliedK)
    {
        var table = AdultData.Table(stride: 3);
        var limit = spec.RiskLimit!;
        var nodes = BruteForce.All(table, spec with { K = impliedK, RiskLimit = null });
        var within = nodes.Where(n => n.Acceptable && n.AverageRisk(table.RowCount) <= limit.Average).ToList();
        var unconstrained = BruteForce.Optimum(BruteForce.All(table, spec with { RiskLimit = null }));
        Assert.False(within.Any(n => n.Levels.SequenceEqual(unconstrained.Levels)), $"{name}: the ceilings do not bind");

        var result = Anonymizer.Anonymize(table, spec);

        var optimum = BruteForce.Optimum(within);
        Assert.Equal(optimum.Value, result.MetricValue, Tolerance(optimum.Value));
        Assert.Contains(within, n => n.Levels.SequenceEqual(result.Levels));
        Assert.True(result.Risk.ProsecutorAverage <= limit.Average, $"{name}: average {result.Risk.ProsecutorAverage}");
        Assert.True(result.Risk.ProsecutorHighest <= limit.Highest, $"{name}: highest {result.Risk.ProsecutorHighest}");
        limit.EnsureWithin(result.Risk);
        IndependentChecker.Verify(table, spec with { K = impliedK }, result);
    }

    [Fact]
    public void Anonymize_CeilingsNoNodeMeets_RefusedNamingTheCeilings()
    {
        var table = AdultData.Table(stride: 3);
        var spec = Spec(["age", "sex"], 2, 0) with { RiskLimit = new RiskThreshold(1.0 / (table.RowCount + 1), 0.05) };

        var e = Assert.Throws<Kura.Core.KuraException>(() => Anonymizer.Anonymize(table, spec));

        Assert.Equal("KURA-ANON-NO-SOLUTION", e.Code);
        Assert.Contains("risk ceilings", e.Message);
    }

    // With suppression the average risk can rise upward (suppressed records come back as small classes), so the
    // search must not tag with it; 300 seeded skewed tables compare the search with a brute force.
    [Fact]
    public void Anonymize_AverageCeilingWithSuppression_EqualsBruteForceOnSkewedTables()
    {
        for (var seed = 1UL; seed <= 300; seed++)
        {
            var state = seed * 7919;
            var (table, qis) = RandomTables.Draw(seed, columns: 2 + (int)(RandomTables.Next(ref state) % 2), rows: 40);
            var average = 0.04 + (RandomTables.Next(ref state) % 20) / 100.0;
            var spec = new AnonymizationSpec { QuasiIdentifiers = qis, K = 2, SuppressionLimit = 0.2, RiskLimit = new RiskThreshold(1, average) };
            var within = BruteForce.All(table, spec with { RiskLimit = null }).Where(n => n.Acceptable && n.AverageRisk(table.RowCount) <= average).ToList();
            if (within.Count == 0)
            {
                Assert.Equal("KURA-ANON-NO-SOLUTION", Assert.Throws<Kura.Core.KuraException>(() => Anonymizer.Anonymize(table, spec)).Code);
                continue;
            }

            var result = Anonymizer.Anonymize(table, spec);

            Assert.True(Math.Abs(BruteForce.Optimum(within).Value - result.MetricValue) < 1e-9, $"seed {seed}: {result.MetricValue} is not the optimum {BruteForce.Optimum(within).Value}");
            Assert.True(result.Risk.ProsecutorAverage <= average, $"seed {seed}");
        }
    }
}
