using Kura.Synthesis.Domains;
using Kura.Synthesis.PerPerson;

namespace Kura.Synthesis.Tests.PerPerson;

public class PersonFeatureTests
{
    [Theory]
    [InlineData("C00", true)]
    [InlineData("C50.9", true)]
    [InlineData("D48", true)]
    [InlineData("D48.1", true)]
    [InlineData("D49", false)]
    [InlineData("B99", false)]
    [InlineData(null, false)]
    public void RowFilter_IcdChapterRange_MatchesCodesInsideIncludingSubcodes(string? code, bool expected) =>
        Assert.Equal(expected, new RowFilter("icd10", "C00", "D48").Matches(code));

    [Fact]
    public void CountCappedFeature_Domain_RunsFromZeroToCap()
    {
        var feature = new CountCappedFeature("neoplasm_claims", new RowFilter("icd10", "C00", "D48"), 3);
        Assert.Equal(["0", "1", "2", "3"], feature.Domain.Labels());
        Assert.Equal(3, feature.Capped(17));
        Assert.Equal("neoplasm_claims", feature.Domain.Column);
    }

    [Fact]
    public void SumBandFeature_Domain_IsItsBands()
    {
        var bands = NumericBinDomain.Parse("cost_band", "0:1000000:100000");
        var feature = new SumBandFeature("cost_band", "cost_yen", bands);
        Assert.Same(bands, feature.Domain);
        Assert.Throws<ArgumentException>(() => new SumBandFeature("other", "cost_yen", bands));
    }

    [Fact]
    public void CategoryOfFeature_Domain_IsTheDeclaredOne()
    {
        var sex = new CategoricalDomain("sex", ["M", "F"]);
        Assert.Same(sex, new CategoryOfFeature("sex", "sex_code", sex).Domain);
    }
}
