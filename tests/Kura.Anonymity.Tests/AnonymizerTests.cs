using Kura.Anonymity.Tests.Support;
using Kura.Core;

namespace Kura.Anonymity.Tests;

public partial class AnonymizerTests
{
    // ARX 3.9.2, default optimal search with the Loss objective, as quoted in issue #6 (rounded to 4 digits).
    [Theory]
    [InlineData(2, 0.00, 0.4793)]
    [InlineData(5, 0.00, 0.5422)]
    [InlineData(10, 0.00, 0.6132)]
    [InlineData(2, 0.05, 0.1145)]
    [InlineData(5, 0.05, 0.1701)]
    [InlineData(10, 0.05, 0.2225)]
    public void Anonymize_AdultBenchmarkQuasiIdentifiers_LossAtMostArx(int k, double suppression, double arxLoss)
    {
        var table = AdultData.Table();
        var spec = new AnonymizationSpec
        {
            QuasiIdentifiers = AdultData.QuasiIdentifiers(AdultData.BenchmarkQuasiIdentifiers),
            K = k,
            SuppressionLimit = suppression,
        };

        var result = Anonymizer.Anonymize(table, spec);

        Assert.True(result.MetricValue <= arxLoss + 0.00005, $"Loss {result.MetricValue:F6} exceeds ARX's {arxLoss}");
        Assert.Equal(result.MetricValue, result.Scores.Loss, 12);
        IndependentChecker.Verify(table, spec, result);
    }

    // ARX's JUnit TestAnonymizationKAnonymity: all 9 attributes, k = 5, no suppression, non-uniform entropy.
    [Fact]
    public void Anonymize_AllNineAttributesEntropy_MatchesArxOptimum()
    {
        var table = AdultData.Table();
        var spec = new AnonymizationSpec
        {
            QuasiIdentifiers = AdultData.QuasiIdentifiers(AdultData.Header),
            K = 5,
            Metric = QualityMetric.NonUniformEntropy,
        };

        var result = Anonymizer.Anonymize(table, spec);

        Assert.Equal(new[] { 1, 2, 1, 1, 3, 2, 2, 1, 1 }, result.Levels);
        Assert.Equal(407289.5388925293, result.MetricValue, 6);
        IndependentChecker.Verify(table, spec, result);
    }

    [Fact]
    public void Anonymize_Always_ReportsEveryRecordAsReleasedOrSuppressed()
    {
        var table = AdultData.Table(stride: 7);
        var spec = new AnonymizationSpec { QuasiIdentifiers = AdultData.QuasiIdentifiers("age", "sex", "race"), K = 4, SuppressionLimit = 0.02 };

        var result = Anonymizer.Anonymize(table, spec);

        Assert.Equal(table.RowCount, result.ReleasedRecords + result.SuppressedRecords);
        Assert.Equal(result.ReleasedRecords, result.Table.RowCount);
        Assert.Equal(table.ColumnNames, result.Table.ColumnNames);
        Assert.Equal(new[] { "age", "sex", "race" }, result.QuasiIdentifierColumns);
        Assert.True(result.NodesEvaluated <= result.LatticeSize);
        IndependentChecker.Verify(table, spec, result);
    }

    [Fact]
    public void Anonymize_AutomaticAgeHierarchy_ProducesCheckedExtract()
    {
        var table = AdultData.Table(stride: 4);
        var age = Kura.Anonymity.Hierarchies.AutomaticHierarchy.Build(Kura.Anonymity.Hierarchies.HierarchyKind.Age, table.Column("age"));
        var spec = new AnonymizationSpec
        {
            QuasiIdentifiers = [new QuasiIdentifier("age", age), .. AdultData.QuasiIdentifiers("sex", "race", "marital-status")],
            K = 10,
            SuppressionLimit = 0.01,
            SensitiveCriteria = [new DistinctLDiversity("occupation", 3)],
        };

        var result = Anonymizer.Anonymize(table, spec);

        IndependentChecker.Verify(table, spec, result);
        Assert.Equal(BruteForce.Optimum(BruteForce.All(table, spec)).Value, result.MetricValue, 1e-9);
    }

    [Fact]
    public void Rows_TwoRuns_AreInDifferentOrders()
    {
        var table = AdultData.Table(stride: 3);
        var spec = new AnonymizationSpec { QuasiIdentifiers = AdultData.QuasiIdentifiers("age", "sex"), K = 2 };

        var firstResult = Anonymizer.Anonymize(table, spec);
        var secondResult = Anonymizer.Anonymize(table, spec);
        IndependentChecker.Verify(table, spec, firstResult);
        var first = firstResult.Table.Rows().Select(r => string.Join(';', r)).ToList();
        var second = secondResult.Table.Rows().Select(r => string.Join(';', r)).ToList();

        // Same multiset, independent random orders (equal orders have probability far below 2^-1000).
        Assert.Equal(first.Order(StringComparer.Ordinal), second.Order(StringComparer.Ordinal));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Anonymize_KLargerThanTable_RefusesWithNoSolution()
    {
        var table = Tables.Columns(("age", ["1", "2", "3"]));
        var spec = new AnonymizationSpec { QuasiIdentifiers = [new QuasiIdentifier("age", AdultData.Hierarchy("age"))], K = 4 };

        var error = Assert.Throws<KuraException>(() => Anonymizer.Anonymize(table, spec));

        Assert.Equal("KURA-ANON-NO-SOLUTION", error.Code);
        Assert.Equal(KuraErrorKind.RefusedByPrivacy, error.Kind);
    }

    [Fact]
    public void Anonymize_ValueMissingFromHierarchy_ErrorNamesColumnAndRowButNotValue()
    {
        var table = Tables.Columns(("age", ["30", "secret-value", "31"]));
        var spec = new AnonymizationSpec { QuasiIdentifiers = [new QuasiIdentifier("age", AdultData.Hierarchy("age"))] };

        var error = Assert.Throws<KuraException>(() => Anonymizer.Anonymize(table, spec));

        Assert.Equal("KURA-ANON-VALUE-UNKNOWN", error.Code);
        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'age'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<AnonymizationSpec, AnonymizationSpec>> BadSpecs() => new()
    {
        { "k below 2", s => s with { K = 1 } },
        { "negative suppression", s => s with { SuppressionLimit = -0.1 } },
        { "suppression above 1", s => s with { SuppressionLimit = 1.5 } },
        { "NaN suppression", s => s with { SuppressionLimit = double.NaN } },
        { "no quasi-identifiers", s => s with { QuasiIdentifiers = [] } },
        { "repeated quasi-identifier", s => s with { QuasiIdentifiers = [.. s.QuasiIdentifiers, .. s.QuasiIdentifiers] } },
        { "unknown column", s => s with { QuasiIdentifiers = [new QuasiIdentifier("height", s.QuasiIdentifiers[0].Hierarchy)] } },
        { "l below 2", s => s with { SensitiveCriteria = [new DistinctLDiversity("occupation", 1)] } },
        { "entropy l of 1", s => s with { SensitiveCriteria = [new EntropyLDiversity("occupation", 1)] } },
        { "t of 0", s => s with { SensitiveCriteria = [new TCloseness("occupation", 0)] } },
        { "sensitive column is a quasi-identifier", s => s with { SensitiveCriteria = [new DistinctLDiversity("age", 2)] } },
        { "unknown metric", s => s with { Metric = (QualityMetric)42 } },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Anonymize_InvalidSpec_ThrowsBadInput(string what, Func<AnonymizationSpec, AnonymizationSpec> change)
    {
        var table = AdultData.Table(stride: 100);
        var spec = change(new AnonymizationSpec { QuasiIdentifiers = AdultData.QuasiIdentifiers("age") });

        var error = Assert.Throws<KuraException>(() => Anonymizer.Anonymize(table, spec));

        Assert.True(error.Kind == KuraErrorKind.BadInput, what);
        Assert.StartsWith("KURA-ANON-", error.Code, StringComparison.Ordinal);
    }
}
