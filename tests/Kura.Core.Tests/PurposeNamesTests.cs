using Kura.Core;

namespace Kura.Core.Tests;

public class PurposeNamesTests
{
    [Fact]
    public void Parse_EveryName_RoundTrips()
    {
        foreach (var name in PurposeNames.All)
            Assert.Equal(name, PurposeNames.Parse(name).ToName());
        Assert.Equal(Enum.GetValues<Purpose>().Length, PurposeNames.All.Count());
    }

    [Fact]
    public void Parse_Unknown_IsBadInputListingTheChoices()
    {
        var e = Assert.Throws<KuraException>(() => PurposeNames.Parse("profiling"));
        Assert.Equal(KuraErrorKind.BadInput, e.Kind);
        Assert.Contains("ai-development", e.Message);
    }
}
