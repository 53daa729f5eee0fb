using Kura.Core;

namespace Kura.Core.Tests;

public class PrivacyBudgetTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, -0.1)]
    public void Constructor_OutOfRange_IsRefused(double epsilon, double delta) =>
        Assert.Equal("KURA-BUDGET-INVALID",
            Assert.Throws<KuraException>(() => new PrivacyBudget((decimal)epsilon, (decimal)delta)).Code);

    [Fact]
    public void Constructor_TinyDelta_KeepsItExactly() => Assert.Equal(0.000000001m, new PrivacyBudget(1, 0.000000001m).Delta);
}
