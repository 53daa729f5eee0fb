using Kura.Anonymity.Metrics;

namespace Kura.Anonymity.Tests.Metrics;

public class DiscernibilityModelTests
{
    [Fact]
    public void Value_ReleasedSquaresPlusNPerSuppressedRecord()
    {
        // Classes {2 released, 1 suppressed, 1 suppressed} out of n = 4: 2² + 4·2 = 12; bound 2² + 1 + 1 = 6.
        var classes = new NodeClasses([0], [1, 2], [1, 1], 2, 4, 6);

        var value = new DiscernibilityModel(4).Value(classes, out var bound);

        Assert.Equal(12, value);
        Assert.Equal(6, bound);
        Assert.False(new DiscernibilityModel(4).HasStaticBound);
    }
}
