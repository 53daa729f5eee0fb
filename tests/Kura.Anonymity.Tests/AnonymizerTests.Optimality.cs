using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests;

public partial class AnonymizerTests
{
    public static TheoryData<string, AnonymizationSpec> SmallLattices() => new()
    {
        { "loss k=5 no suppression", Spec(["age", "education", "marital-status", "sex"], 5, 0) },
        { "loss k=5 4%", Spec(["age", "education", "marital-status", "sex"], 5, 0.04) },
        { "loss k=20 10%", Spec(["age", "native-country", "workclass"], 20, 0.10) },
        { "discernibility k=10 2%", Spec(["workclass", "race", "native-country", "salary-class"], 10, 0.02) with { Metric = QualityMetric.Discernibility } },
        { "discernibility k=3 none", Spec(["age", "sex", "race"], 3, 0) with { Metric = QualityMetric.Discernibility } },
        { "entropy k=3 5%", Spec(["age", "sex", "race"], 3, 0.05) with { Metric = QualityMetric.NonUniformEntropy } },
        { "distinct l=3 3%", Spec(["education", "marital-status", "workclass"], 2, 0.03) with { SensitiveCriteria = [new DistinctLDiversity("occupation", 3)] } },
        { "entropy l=2.5 5%", Spec(["age", "sex", "salary-class"], 5, 0.05) with { SensitiveCriteria = [new EntropyLDiversity("occupation", 2.5)] } },
        { "t=0.25 5%", Spec(["race", "sex", "native-country", "age"], 2, 0.05) with { SensitiveCriteria = [new TCloseness("occupation", 0.25)] } },
        {
            "two sensitive columns", Spec(["age", "sex", "race"], 3, 0.05) with
            {
                SensitiveCriteria = [new DistinctLDiversity("occupation", 2), new TCloseness("salary-class", 0.2), new EntropyLDiversity("workclass", 1.5)],
            }
        },
    };

    // The search's optimum equals the least value found by evaluating every node from the rows.
    [Theory]
    [MemberData(nameof(SmallLattices))]
    public void Anonymize_SmallLattice_EqualsBruteForceOptimum(string name, AnonymizationSpec spec)
    {
        var table = AdultData.Table(stride: 3);

        var result = Anonymizer.Anonymize(table, spec);
        var nodes = BruteForce.All(table, spec);

        var optimum = BruteForce.Optimum(nodes);
        var chosen = nodes.Single(n => n.Levels.SequenceEqual(result.Levels));
        Assert.True(chosen.Acceptable, name);
        Assert.Equal(chosen.Suppressed, result.SuppressedRecords);
        Assert.Equal(optimum.Value, result.MetricValue, Tolerance(optimum.Value));
        Assert.Equal(chosen.Value, result.MetricValue, Tolerance(optimum.Value));
        IndependentChecker.Verify(table, spec, result);
    }

    [Theory]
    [MemberData(nameof(SmallLattices))]
    public void Anonymize_LinkageWithFullQuasiIdentifierTable_NoRecordAboveOneOverK(string name, AnonymizationSpec spec)
    {
        var table = AdultData.Table(stride: 3);

        var result = Anonymizer.Anonymize(table, spec);

        IndependentChecker.Verify(table, spec, result);
        var success = LinkageAttack.HighestSuccess(table, spec, result);
        Assert.True(success <= 1.0 / spec.K, $"{name}: a record is re-identified with probability {success} > 1/{spec.K}");
        Assert.True(result.Risk.ProsecutorHighest <= 1.0 / spec.K);
    }

    private static AnonymizationSpec Spec(string[] columns, int k, double suppression) =>
        new() { QuasiIdentifiers = AdultData.QuasiIdentifiers(columns), K = k, SuppressionLimit = suppression };

    private static double Tolerance(double value) => 1e-9 * Math.Max(1, Math.Abs(value));
}
