using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.Synthesis.Domains;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>Declared domains: the <c>kura synth domain</c> forms, hierarchy leaves, and the "other" bucket.</summary>
public class DomainDeclarationTests
{
    [Fact]
    public void Parse_ThreeNumbers_IsBins()
    {
        var domain = DomainDeclaration.Parse("0:1e3:250");

        Assert.Equal("0:1000:250", domain.Bins);
        Assert.Equal(4, domain.ToDomain("x", "その他").Size);
    }

    [Fact]
    public void Parse_CommaList_IsValuesWithAnOtherBucketUnlessDeclared()
    {
        var domain = DomainDeclaration.Parse(" a, b ,c ");

        Assert.Equal(["a", "b", "c"], domain.Values!);
        var withOther = (CategoricalDomain)domain.ToDomain("x", "その他");
        Assert.Equal(["a", "b", "c", "その他"], withOther.Labels());
        Assert.True(withOther.TryEncode("z", out var code) && code == 3);
        Assert.Equal(3, DomainDeclaration.Parse("a,その他,c").ToDomain("x", "その他").Size);
        Assert.False(domain.ToDomain("x", null).TryEncode("z", out _));
    }

    [Fact]
    public void OfHierarchy_FirstFieldOfEveryLine_InFileOrder()
    {
        var domain = DomainDeclaration.OfHierarchy("sex", "Male;*\nFemale;*\n\n");

        Assert.Equal(["Male", "Female"], domain.Values!);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",,")]
    [InlineData("5:1:1")]
    public void Parse_NothingOrBadBins_Refused(string text)
    {
        Assert.StartsWith("KURA-SYNTH-", Assert.Throws<KuraException>(() => DomainDeclaration.Parse(text)).Code);
    }
}
