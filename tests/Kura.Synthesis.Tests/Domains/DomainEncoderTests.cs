using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Tests.Domains;

public class DomainEncoderTests
{
    private static readonly Dictionary<string, SynthesisDomain> Declared = new()
    {
        ["sex"] = new CategoricalDomain("sex", ["M", "F"]),
        ["country"] = new CategoricalDomain("country", ["JP", "KR"], "other"),
        ["age"] = NumericBinDomain.Parse("age", "0:100:10"),
    };

    [Fact]
    public void Constructor_ColumnWithoutDomain_IsRefusedWithHowToDeclare()
    {
        var error = Assert.Throws<KuraException>(() => new DomainEncoder(["sex", "income"], Declared));
        Assert.Equal("KURA-SYNTH-DOMAIN-MISSING", error.Code);
        Assert.Contains("income", error.Message, StringComparison.Ordinal);
        Assert.Contains("--bins income=LOW:HIGH:WIDTH", error.Message, StringComparison.Ordinal);
        Assert.Contains("--domain income=FILE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_OutOfDomainValues_AreClampedOrBucketedAndDomainsNeverGrow()
    {
        var encoder = new DomainEncoder(["sex", "country", "age"], Declared);
        var result = encoder.Encode([["M", "US", "250"], ["F", "JP", "-4"], ["X", "JP", "30"]]);
        Assert.Equal(2, result.Table.RowCount);
        Assert.Equal(1, result.RowsLeftOut);
        Assert.Equal([2, 0], result.Table.Column(1).ToArray());
        Assert.Equal([9, 0], result.Table.Column(2).ToArray());
        Assert.Equal([2, 3, 10], result.Table.Shape());
    }

    [Fact]
    public void Encode_RowOfWrongWidth_Throws()
    {
        var encoder = new DomainEncoder(["sex"], Declared);
        Assert.Equal("KURA-SYNTH-ROW-WIDTH", Assert.Throws<KuraException>(() => encoder.Encode([["M", "JP"]])).Code);
    }
}
