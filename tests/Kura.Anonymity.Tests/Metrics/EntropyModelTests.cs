using Kura.Anonymity.Metrics;
using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Metrics;

public class EntropyModelTests
{
    // Counts a(1)=2, a(2)=1, a(3)=1; level 1 labels b(1-2)=3, b(3-4)=1; level 2 b(*)=4.
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 2.7548875021634687)]   // −[2·log2(2/3) + log2(1/3) + log2(1/1)]
    [InlineData(2, 6.0)]                  // −[2·log2(2/4) + log2(1/4) + log2(1/4)]
    public void StaticBound_Level_IsBitsRemoved(int level, double expected)
    {
        Assert.Equal(expected, new EntropyModel(Tiny.Encoded()).StaticBound([level]), 12);
    }

    [Fact]
    public void Value_SuppressedRecords_AddEntropyOfTheirLabels()
    {
        var model = new EntropyModel(Tiny.Encoded());
        // Ages 2 and 3 suppressed at level 0: labels {2, 3} among S = 2 → −2·½·log2(½)·… = 2 bits.
        var classes = new NodeClasses([0], [1, 2], [1, 1], 2, 4, 6);

        Assert.Equal(2.0, model.Value(classes, out var bound), 12);
        Assert.Equal(0.0, bound, 12);
    }
}
