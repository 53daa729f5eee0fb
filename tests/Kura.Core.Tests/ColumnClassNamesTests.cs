using Kura.Core;

namespace Kura.Core.Tests;

public class ColumnClassNamesTests
{
    [Theory]
    [InlineData("special-care", ColumnClass.SpecialCare)]
    [InlineData("DIRECT-IDENTIFIER", ColumnClass.DirectIdentifier)]
    [InlineData("facial", ColumnClass.Facial)]
    public void Parse_KnownName_GivesClass(string name, ColumnClass expected) =>
        Assert.Equal(expected, ColumnClassNames.Parse(name));

    [Fact]
    public void ToName_EveryClass_ParsesBack()
    {
        foreach (var c in Enum.GetValues<ColumnClass>())
            Assert.Equal(c, ColumnClassNames.Parse(c.ToName()));
    }

    [Fact]
    public void Parse_Unknown_IsRefused() =>
        Assert.Equal("KURA-CLASS-UNKNOWN", Assert.Throws<KuraException>(() => ColumnClassNames.Parse("secret")).Code);
}
