using Kura.Anonymity.Encoding;
using Kura.Anonymity.Privacy;
using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Privacy;

public class ClassCriteriaTests
{
    private static ClassCriteria Criteria(params SensitiveCriterion[] criteria)
    {
        // diagnosis: a, b, a, c → global shares a ½, b ¼, c ¼.
        var spec = Tiny.Spec(k: 2, suppression: 0.5) with { SensitiveCriteria = criteria };
        return new ClassCriteria(spec, EncodedTable.Encode(Tiny.Table(), spec));
    }

    [Fact]
    public void MaxSuppressed_IsFloorOfLimitTimesRecords()
    {
        Assert.Equal(2, Criteria().MaxSuppressed);
        Assert.Equal(2, Criteria().K);
    }

    [Theory]
    [InlineData(0.25, 4)]   // the ceiling asks for more than k
    [InlineData(0.6, 2)]    // k asks for more than the ceiling
    public void K_WithHighestRiskCeiling_IsTheLargerOfKAndTheImpliedClassSize(double highest, int expected)
    {
        var spec = Tiny.Spec(k: 2) with { RiskLimit = new RiskThreshold(highest, 1) };

        Assert.Equal(expected, new ClassCriteria(spec, EncodedTable.Encode(Tiny.Table(), spec)).K);
    }

    [Fact]
    public void WithinAverageRisk_NoCeiling_AlwaysTrue_ElseComparesClassesOverRecords()
    {
        var spec = Tiny.Spec() with { RiskLimit = new RiskThreshold(1, 0.25) };
        var criteria = new ClassCriteria(spec, EncodedTable.Encode(Tiny.Table(), spec));

        Assert.True(Criteria().WithinAverageRisk(4, 4));
        Assert.True(criteria.WithinAverageRisk(1, 4));
        Assert.False(criteria.WithinAverageRisk(2, 4));
    }

    [Fact]
    public void Passes_EntropyExactlyLnL_PassesAtTheBoundary()
    {
        var criteria = Criteria(new EntropyLDiversity("diagnosis", 2));
        // Two values, one record each: entropy ln 2; Σ c·ln c = 0.
        Assert.True(criteria.Passes(0, size: 2, distinct: 2, sumCLogC: 0, distancePartial: 0));
        // Two values 3:1: entropy 0.562 < ln 2.
        Assert.False(criteria.Passes(0, size: 4, distinct: 2, sumCLogC: 3 * Math.Log(3), distancePartial: 0));
    }

    [Fact]
    public void Passes_DistinctL_CountsValues()
    {
        var criteria = Criteria(new DistinctLDiversity("diagnosis", 3));

        Assert.False(criteria.Passes(0, 5, 2, 0, 0));
        Assert.True(criteria.Passes(0, 5, 3, 0, 0));
    }

    [Fact]
    public void Passes_TCloseness_UsesHalfTheL1Distance()
    {
        var criteria = Criteria(new TCloseness("diagnosis", 0.25));
        // A class holding only "a": distance ½(|1 − ½| + ¼ + ¼) = ½; partial = |1 − ½| − ½ = 0 → ½(1 + 0).
        Assert.False(criteria.Passes(0, 2, 1, 0, distancePartial: 0));
        // A class with a, b, c in global proportions: partial = −1 → distance 0.
        Assert.True(criteria.Passes(0, 4, 3, 0, distancePartial: -1));
    }
}
