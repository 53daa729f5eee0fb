using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Tests;

public class PrivacyBudgetLimitTests
{
    [Fact]
    public void FromDecimal_ConvertsExactly()
    {
        var limit = PrivacyBudgetLimit.FromDecimal(1.5m, 1e-9m);
        Assert.Equal(new Rational(3, 2), limit.Epsilon);
        Assert.Equal(new Rational(1, 1_000_000_000), limit.Delta);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("1", "-1/10")]
    public void Constructor_OutOfRange_Throws(string epsilon, string delta) =>
        Assert.Throws<PrivacyParameterException>(() => new PrivacyBudgetLimit(Rational.Parse(epsilon), Rational.Parse(delta)));
}
