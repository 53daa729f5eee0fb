using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.Ledger;
using Kura.Synthesis;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>Synthesis domains stored once per dataset column: kept, ledgered, checked against the column, used by later runs.</summary>
public class SynthesisDomainTests
{
    private const string Shop = "shop";

    private static SynthHome ShopHome()
    {
        var home = new SynthHome();
        home.Import(Shop, "orders", """
            person_id,size,amount
            S1,small,100
            S2,large,2500
            S3,medium,900
            """);
        return home;
    }

    [Fact]
    public void DeclareSynthesisDomain_ValuesAndBins_StoredAndLedgeredWithoutValues()
    {
        using var home = ShopHome();

        home.Engine.DeclareSynthesisDomain(Shop, "orders", "size", DomainDeclaration.Parse("small, medium, large"));
        home.Engine.DeclareSynthesisDomain(Shop, "orders", "amount", DomainDeclaration.Parse("0:3000:500"));

        var stored = home.Engine.SynthesisDomainsOf(Shop);
        Assert.Equal(["small", "medium", "large"], stored.Single(s => s.Column == "size").Domain.Values!);
        Assert.Equal("0:3000:500", stored.Single(s => s.Column == "amount").Domain.Bins);
        var entry = home.Entries(LedgerEntryTypes.ClassificationChanged)[^1];
        Assert.Equal("amount", entry.Payload["column"]!.GetValue<string>());
        Assert.Equal(6, entry.Payload["synthesis_domain"]!["size"]!.GetValue<int>());
        Assert.DoesNotContain("medium", home.Entries(LedgerEntryTypes.ClassificationChanged)[^2].Payload.ToJsonString());
    }

    [Fact]
    public void DeclareSynthesisDomain_Again_ReplacesTheStoredOne()
    {
        using var home = ShopHome();
        home.Engine.DeclareSynthesisDomain(Shop, "orders", "size", DomainDeclaration.Parse("small,large"));

        home.Engine.DeclareSynthesisDomain(Shop, "orders", "size", DomainDeclaration.Parse("small,medium,large"));

        Assert.Equal(3, Assert.Single(home.Engine.SynthesisDomainsOf(Shop)).Domain.Values!.Count);
    }

    [Theory]
    [InlineData("size", "0:10:1", "KURA-SYNTH-BINS-NOT-NUMERIC")]
    [InlineData("person_id", "S1,S2", "KURA-SYNTH-COLUMN-REFUSED")]
    [InlineData("colour", "red", "KURA-COLUMN-NOT-FOUND")]
    public void DeclareSynthesisDomain_Unsuitable_RefusedAndNothingStored(string column, string spec, string code)
    {
        using var home = ShopHome();

        var error = Assert.Throws<KuraException>(() => home.Engine.DeclareSynthesisDomain(Shop, "orders", column, DomainDeclaration.Parse(spec)));

        Assert.Equal(code, error.Code);
        Assert.Empty(home.Engine.SynthesisDomainsOf(Shop));
    }

    [Fact]
    public void Synthesize_WithStoredDomains_UsesThemAndNeedsNoFlags()
    {
        using var home = ShopHome();
        home.Engine.DeclareSynthesisDomain(Shop, "orders", "size", DomainDeclaration.Parse("small,medium,large"));
        home.Engine.DeclareSynthesisDomain(Shop, "orders", "amount", DomainDeclaration.Parse("0:3000:500"));
        home.Approve("p", Shop, 5, 0.000001m, ReleaseKind.Synthetic);

        var outcome = home.Engine.Synthesize(new SyntheticRequest { Project = "p", Epsilon = 1m, Rows = 50, OutputPath = home.Out("shop.csv") });

        Assert.Equal(["size", "amount"], outcome.Columns.Select(c => c.Name));
        Assert.All(outcome.Columns, c => Assert.Equal("stored", c.DomainOrigin));
        Assert.Equal(SynthesisMethod.Mst, outcome.Method);
        var csv = Extracts.ExtractCsv.Read(outcome.OutputPath);
        Assert.All(csv.Column("size"), v => Assert.Contains(v, new[] { "small", "medium", "large", "その他" }));
        Assert.All(csv.Column("amount"), v => Assert.Contains(v, new[] { "[0, 500)", "[500, 1000)", "[1000, 1500)", "[1500, 2000)", "[2000, 2500)", "[2500, 3000]" }));
    }
}
