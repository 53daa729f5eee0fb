using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Anonymity.Tests.Hierarchies;

public class AgeHierarchyTests
{
    [Fact]
    public void Build_DefaultBands_FiveTenTwentyThenStar()
    {
        var h = AgeHierarchy.Build(["37", "40", "17", "37"]);

        Assert.Equal(5, h.Levels);
        Assert.Equal(3, h.DomainSize);
        Assert.Equal(new[] { "37", "35-39", "30-39", "20-39", "*" }, Enumerable.Range(0, 5).Select(l => h.Generalize("37", l)));
        Assert.Equal("40-44", h.Generalize("40", 1));
        Assert.Equal("0-19", h.Generalize("17", 3));
    }

    [Fact]
    public void Build_CustomBands_UsesThem()
    {
        var h = AgeHierarchy.Build(["65"], [10, 30]);

        Assert.Equal(new[] { "65", "60-69", "60-89", "*" }, Enumerable.Range(0, 4).Select(l => h.Generalize("65", l)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("3.5")]
    [InlineData("250")]
    public void Build_NotAnAge_Throws(string value)
    {
        Assert.Equal("KURA-ANON-HIERARCHY-INPUT", Assert.Throws<KuraException>(() => AgeHierarchy.Build([value])).Code);
    }

    [Fact]
    public void Build_BandsThatDoNotNest_Throws()
    {
        Assert.Equal("KURA-ANON-HIERARCHY-INPUT", Assert.Throws<KuraException>(() => AgeHierarchy.Build(["30"], [5, 12])).Code);
    }
}
