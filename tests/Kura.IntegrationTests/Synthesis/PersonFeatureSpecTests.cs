using Kura.Core;
using Kura.Engine.Synthesis;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>The <c>--feature</c> syntax: each accepted form, its normalised text, and refusals that say what is accepted.</summary>
public class PersonFeatureSpecTests
{
    [Theory]
    [InlineData("sex=category:patients.性別", PersonFeatureKind.Category, "patients", "性別", null, null, 0, null)]
    [InlineData("age=age:patients.birth:0:100:10", PersonFeatureKind.Age, "patients", "birth", null, null, 0, "0:100:10")]
    [InlineData("age=age:patients.birth", PersonFeatureKind.Age, "patients", "birth", null, null, 0, null)]
    [InlineData("i=count:claims.code=I00..I99:3", PersonFeatureKind.Count, "claims", "code", "I00", "I99", 3, null)]
    [InlineData("n=count:claims:10", PersonFeatureKind.Count, "claims", null, null, null, 10, null)]
    [InlineData("cost=sumband:claims.yen:0:200000:20000", PersonFeatureKind.SumBand, "claims", "yen", null, null, 0, "0:200000:20000")]
    public void Parse_AcceptedForm_GivesItsParts(string text, PersonFeatureKind kind, string table, string? column, string? from, string? to, int cap, string? bins)
    {
        var spec = PersonFeatureSpec.Parse(text);

        Assert.Equal((kind, table, column, from, to, cap, bins), (spec.Kind, spec.Table, spec.Column, spec.From, spec.To, spec.Cap, spec.Bins));
        Assert.Equal(text, spec.Text);
    }

    [Theory]
    [InlineData("sex")]
    [InlineData("=category:patients.sex")]
    [InlineData("sex=colour:patients.sex")]
    [InlineData("sex=category:patients")]
    [InlineData("i=count:claims.code=I99..I00:3")]
    [InlineData("i=count:claims.code=I00-I99:3")]
    [InlineData("i=count:claims.code=I00..I99:0")]
    [InlineData("i=count:claims.code=I00..I99:1001")]
    [InlineData("cost=sumband:claims.yen:0:100")]
    [InlineData("cost=sumband:claims.yen:100:0:10")]
    [InlineData("age=age:patients.birth:0:100")]
    public void Parse_MalformedFeature_RefusedWithAStableCode(string text)
    {
        var error = Assert.Throws<KuraException>(() => PersonFeatureSpec.Parse(text));

        Assert.StartsWith("KURA-SYNTH-", error.Code);
        Assert.Equal(KuraErrorKind.BadInput, error.Kind);
    }
}
