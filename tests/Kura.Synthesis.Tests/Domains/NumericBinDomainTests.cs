using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Tests.Domains;

public class NumericBinDomainTests
{
    [Fact]
    public void Parse_AgeBands_MakesSixteenFiveYearBins()
    {
        var domain = NumericBinDomain.Parse("age", "15:95:5");
        Assert.Equal(16, domain.Size);
        Assert.Equal("[15, 20)", domain.Label(0));
        Assert.Equal("[90, 95]", domain.Label(15));
    }

    [Theory]
    [InlineData("17", 0)]
    [InlineData("20", 1)]
    [InlineData("94.9", 15)]
    [InlineData("95", 15)]
    [InlineData("-3", 0)]
    [InlineData("1000", 15)]
    public void TryEncode_Number_FallsInItsBinOrIsClampedToAnEnd(string raw, int expected)
    {
        var domain = NumericBinDomain.Parse("age", "15:95:5");
        Assert.True(domain.TryEncode(raw, out var code));
        Assert.Equal(expected, code);
    }

    [Fact]
    public void TryEncode_NotANumber_IsRejected() =>
        Assert.False(NumericBinDomain.Parse("age", "0:10:1").TryEncode("ten", out _));

    [Fact]
    public void Constructor_UnevenWidth_CutsTheLastBinAtHigh()
    {
        var domain = new NumericBinDomain("cost", 0, 10, 4);
        Assert.Equal(3, domain.Size);
        Assert.Equal("[8, 10]", domain.Label(2));
    }

    [Theory]
    [InlineData("10:0:1")]
    [InlineData("0:10:0")]
    [InlineData("0:10")]
    [InlineData("a:b:c")]
    [InlineData("0:1000000:1")]
    public void Parse_InvalidSpecification_ThrowsSayingHowToDeclare(string specification)
    {
        var error = Assert.Throws<KuraException>(() => NumericBinDomain.Parse("age", specification));
        Assert.Equal("KURA-SYNTH-BINS-INVALID", error.Code);
    }
}
