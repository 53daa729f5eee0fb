using Kura.Core;

namespace Kura.Core.Tests;

public class PrivacyUnitTests
{
    [Fact]
    public void Parse_RowToken_IsPerRow()
    {
        var unit = PrivacyUnit.Parse("@row");
        Assert.True(unit.IsRow);
        Assert.Null(unit.Column);
        Assert.Equal("@row", unit.ToString());
    }

    [Fact]
    public void Parse_ColumnName_IsKeyAndEqualByValue()
    {
        Assert.Equal(PrivacyUnit.Key("person_id"), PrivacyUnit.Parse("person_id"));
        Assert.NotEqual(PrivacyUnit.PerRow, PrivacyUnit.Parse("person_id"));
    }

    [Fact]
    public void Key_Blank_Throws() => Assert.ThrowsAny<ArgumentException>(() => PrivacyUnit.Key(" "));
}
