using Kura.Core;

namespace Kura.Core.Tests;

public class ValueBoundsTests
{
    [Fact]
    public void Constructor_LowerAboveUpper_IsRefused() =>
        Assert.Equal("KURA-BOUNDS-INVALID", Assert.Throws<KuraException>(() => new ValueBounds(5, 1)).Code);

    [Fact]
    public void ToString_IsLowColonHigh() => Assert.Equal("0:300000", new ValueBounds(0, 300000).ToString());
}
