using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Anonymity.Tests.Hierarchies;

public class HierarchyTests
{
    private static Hierarchy Small() => Hierarchy.FromRows(
    [
        ["1", "1-2", "*"],
        ["2", "1-2", "*"],
        ["3", "3-4", "*"],
        ["4", "3-4", "*"],
    ]);

    [Fact]
    public void FromRows_ValidRows_ExposesLevelsDomainAndLabels()
    {
        var h = Small();

        Assert.Equal(3, h.Levels);
        Assert.Equal(4, h.DomainSize);
        Assert.Equal(new[] { "1", "2", "3", "4" }, h.Values);
        Assert.Equal("3-4", h.Generalize("4", 1));
        Assert.Equal("*", h.Generalize("1", 2));
        Assert.Equal("2", h.Generalize("2", 0));
        Assert.True(h.Contains("3"));
        Assert.False(h.Contains("5"));
    }

    [Fact]
    public void LevelMap_BetweenLevels_MapsLabelsToParents()
    {
        var h = Small();

        Assert.Equal(new[] { 0, 0, 1, 1 }, h.LevelMap(0, 1));
        Assert.Equal(new[] { 0, 0 }, h.LevelMap(1, 2));
        Assert.Equal(2, h.LeavesUnder(1, 1));
        Assert.Equal(4, h.LeavesUnder(2, 0));
    }

    public static TheoryData<string, string[][]> InvalidRows() => new()
    {
        { "ragged", [["1", "a", "*"], ["2", "*"]] },
        { "duplicate value", [["1", "a", "*"], ["1", "b", "*"]] },
        { "label with two parents", [["1", "a", "x"], ["2", "a", "y"]] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(InvalidRows))]
    public void FromRows_InvalidRows_ThrowsHierarchyInvalid(string what, string[][] rows)
    {
        var error = Assert.Throws<KuraException>(() => Hierarchy.FromRows(rows));

        Assert.True(error.Code == "KURA-ANON-HIERARCHY-INVALID", what);
    }

    [Fact]
    public void Generalize_UnknownValue_ThrowsWithoutEchoingIt()
    {
        var error = Assert.Throws<KuraException>(() => Small().Generalize("secret", 1));

        Assert.Equal("KURA-ANON-VALUE-UNKNOWN", error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
