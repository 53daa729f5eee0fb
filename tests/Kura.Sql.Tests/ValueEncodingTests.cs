using System.Numerics;
using Kura.Sql.Planning;

namespace Kura.Sql.Tests;

public class ValueEncodingTests
{
    [Theory]
    [InlineData("0", "0.0000025", 1_000_000, 0, 3)]
    [InlineData("-0.0000026", "0.0000024", 1_000_000, -3, 3)]
    [InlineData("0", "1.6666666666666666666666666667", 1_000_000, 0, 1_666_667)]
    [InlineData("-5", "120", 1, -5, 120)]
    public void ScaledBounds_BoundTimesScaleNotWhole_RoundOutwards(string lower, string upper, long scale, long scaledLower, long scaledUpper)
    {
        var e = new ValueEncoding(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), scale, Centered: false);
        Assert.Equal(new BigInteger(scaledLower), e.ScaledLower);
        Assert.Equal(new BigInteger(scaledUpper), e.ScaledUpper);
        Assert.Equal(BigInteger.Max(BigInteger.Abs(scaledLower), BigInteger.Abs(scaledUpper)), e.RowBound);
    }

    [Fact]
    public void RowBound_Centred_IsWidthOfScaledBounds()
    {
        var e = new ValueEncoding(-0.0000026m, 0.0000025m, 1_000_000, Centered: true);
        Assert.Equal(new BigInteger(6), e.RowBound); // v = 2·round − (−3 + 3) ∈ [−6, 6]
        Assert.Equal(BigInteger.Zero, e.TwiceCenter);
    }
}
