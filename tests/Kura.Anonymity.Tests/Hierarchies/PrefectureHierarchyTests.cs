using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Anonymity.Tests.Hierarchies;

public class PrefectureHierarchyTests
{
    [Fact]
    public void Prefectures_All47_EachInOneOfEightRegions()
    {
        var h = PrefectureHierarchy.Build(PrefectureHierarchy.Prefectures);

        Assert.Equal(47, PrefectureHierarchy.Prefectures.Distinct().Count());
        Assert.Equal(8, PrefectureHierarchy.Prefectures.Select(p => h.Generalize(p, 1)).Distinct().Count());
        Assert.All(PrefectureHierarchy.Prefectures, p => Assert.Equal("日本", h.Generalize(p, 2)));
    }

    [Theory]
    [InlineData("東京都", "関東地方")]
    [InlineData("東京", "関東地方")]
    [InlineData("北海道", "北海道地方")]
    [InlineData("大阪府", "近畿地方")]
    [InlineData("沖縄県", "九州地方")]
    [InlineData("新潟", "中部地方")]
    public void Build_NameWithOrWithoutSuffix_MapsToRegion(string value, string region)
    {
        var h = PrefectureHierarchy.Build([value]);

        Assert.Equal(new[] { value, region, "日本", "*" }, Enumerable.Range(0, 4).Select(l => h.Generalize(value, l)));
    }

    [Fact]
    public void Build_UnknownName_Throws()
    {
        Assert.Equal("KURA-ANON-HIERARCHY-INPUT", Assert.Throws<KuraException>(() => PrefectureHierarchy.Build(["Tokyo"])).Code);
    }
}
