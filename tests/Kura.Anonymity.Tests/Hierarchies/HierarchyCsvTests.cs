using Kura.Anonymity.Hierarchies;
using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Hierarchies;

public class HierarchyCsvTests
{
    [Fact]
    public void Read_CrLfAndBlankLines_ReadsRows()
    {
        var h = HierarchyCsv.Read(new StringReader("a;x;*\r\nb;x;*\r\n\r\nc;y;*"));

        Assert.Equal(3, h.Levels);
        Assert.Equal(3, h.DomainSize);
        Assert.Equal("y", h.Generalize("c", 1));
    }

    [Theory]
    [InlineData("age", 5, 100)]
    [InlineData("education", 4, 16)]
    [InlineData("marital-status", 3, 7)]
    [InlineData("native-country", 3, 41)]
    [InlineData("occupation", 3, 14)]
    [InlineData("workclass", 3, 8)]
    [InlineData("race", 2, 5)]
    [InlineData("sex", 2, 2)]
    [InlineData("salary-class", 2, 2)]
    public void Read_ArxAdultHierarchies_HaveDocumentedShape(string attribute, int levels, int values)
    {
        var h = AdultData.Hierarchy(attribute);

        Assert.Equal(levels, h.Levels);
        Assert.Equal(values, h.DomainSize);
        Assert.All(h.Values, v => Assert.Equal("*", h.Generalize(v, levels - 1)));
    }

    [Fact]
    public void Read_AdultAge_KeepsArxBandQuirk()
    {
        var h = AdultData.Hierarchy("age");

        Assert.Equal("35-39", h.Generalize("40", 1));
        Assert.Equal("0-19", h.Generalize("20", 3));
    }
}
