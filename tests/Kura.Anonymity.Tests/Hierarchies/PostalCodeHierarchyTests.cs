using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Anonymity.Tests.Hierarchies;

public class PostalCodeHierarchyTests
{
    [Fact]
    public void Build_JapaneseCodes_MasksDigitsFromTheRight()
    {
        var h = PostalCodeHierarchy.Build(["100-0001", "1000002", "530-0001"]);

        Assert.Equal(8, h.Levels);
        Assert.Equal(new[] { "100-0001", "100000*", "10000**", "1000***", "100****", "10*****", "1******", "*" },
                     Enumerable.Range(0, 8).Select(l => h.Generalize("100-0001", l)));
        Assert.Equal(h.Generalize("100-0001", 1), h.Generalize("1000002", 1));
        Assert.NotEqual(h.Generalize("100-0001", 6), h.Generalize("530-0001", 6));
    }

    [Theory]
    [InlineData("100-0001", "12345")]
    [InlineData("100-000A", "1000002")]
    public void Build_MixedLengthsOrLetters_Throws(string a, string b)
    {
        Assert.Equal("KURA-ANON-HIERARCHY-INPUT", Assert.Throws<KuraException>(() => PostalCodeHierarchy.Build([a, b])).Code);
    }
}
