using Kura.Core;

namespace Kura.Core.Tests;

public class JapanesePrefecturesTests
{
    [Fact]
    public void Names_Are47DistinctInJisOrder()
    {
        Assert.Equal(47, JapanesePrefectures.Names.Distinct().Count());
        Assert.Equal("北海道", JapanesePrefectures.Names[0]);
        Assert.Equal("東京都", JapanesePrefectures.Names[12]);
        Assert.Equal("沖縄県", JapanesePrefectures.Names[46]);
    }

    [Theory]
    [InlineData("大阪府", "近畿地方")]
    [InlineData("沖縄県", "九州地方")]
    [InlineData("新潟県", "中部地方")]
    public void RegionOf_KnownPrefecture_GivesRegion(string prefecture, string region) =>
        Assert.Equal(region, JapanesePrefectures.RegionOf(prefecture));

    [Fact]
    public void RegionOf_Unknown_IsNull() => Assert.Null(JapanesePrefectures.RegionOf("東京"));
}
