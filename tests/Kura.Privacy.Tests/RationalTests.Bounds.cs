using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Tests;

// References computed to 60 significant digits with an arbitrary-precision library (mpmath, 70 digits).
public partial class RationalTests
{
    private static readonly Rational Slack = Rational.Parse("1e-55");

    [Theory]
    [InlineData("2", "0.693147180559945309417232121458176568075500134360255254120680")]
    [InlineData("10", "2.30258509299404568401799145468436420760110148862877297603333")]
    [InlineData("1000000000", "20.7232658369464111561619230921592778684099133976589567843000")]
    [InlineData("3/7", "-0.847297860387203613710107506520654024989594171759111736724696")]
    [InlineData("1e-12", "-27.6310211159285482082158974562123704912132178635452757123999")]
    [InlineData("123456789/1000", "11.7236464871858809811399589839101115869103773751340830470851")]
    [InlineData("1", "0")]
    public void LnBounds_AgainstReference_EncloseWithinTolerance(string x, string reference)
    {
        var value = Rational.Parse(x);
        var truth = Rational.Parse(reference);
        var lower = Rational.LnLower(value, 64);
        var upper = Rational.LnUpper(value, 64);
        Assert.True(lower <= truth + Slack, $"ln lower {lower.ToDecimalString(30)} above reference");
        Assert.True(upper >= truth - Slack, $"ln upper {upper.ToDecimalString(30)} below reference");
        Assert.True(upper - lower <= new Rational(1, System.Numerics.BigInteger.One << 63), "ln bounds wider than 2^-63");
    }

    [Theory]
    [InlineData("1", "2.71828182845904523536028747135266249775724709369995957496697")]
    [InlineData("-50", "1.92874984796391778301734281652701257475283265123026291089781e-22")]
    [InlineData("7/3", "10.3122585013257650270155721085372969762103473276008287233927")]
    [InlineData("-1001/2", "4.32127402815385523242057422000875031416523375748497720543394e-218")]
    [InlineData("1/1000000", "1.00000100000050000016666670833334166666805555575396827876984")]
    [InlineData("-3/10", "0.74081822068171786606687377931781687218225123199900634829531")]
    [InlineData("40", "235385266837019985.407899910749034804508871617254555467236651")]
    [InlineData("0", "1")]
    public void ExpBounds_AgainstReference_EncloseWithRelativeTolerance(string x, string reference)
    {
        var value = Rational.Parse(x);
        var truth = Rational.Parse(reference);
        var lower = Rational.ExpLower(value, 64);
        var upper = Rational.ExpUpper(value, 64);
        var slack = truth * Slack;
        Assert.True(lower.Sign > 0);
        Assert.True(lower <= truth + slack, "exp lower bound above reference");
        Assert.True(upper >= truth - slack, "exp upper bound below reference");
        Assert.True((upper - lower) / truth <= new Rational(1, System.Numerics.BigInteger.One << 63), "exp bounds wider than 2^-63 relative");
    }

    [Theory]
    [InlineData("2", "1.41421356237309504880168872420969807856967187537694807317668")]
    [InlineData("1e-9", "0.0000316227766016837933199889354443271853371955513932521682685750")]
    [InlineData("10/3", "1.82574185835055371152323260933600711317581564999327751408965")]
    public void SqrtBounds_AgainstReference_EncloseWithinTolerance(string x, string reference)
    {
        var value = Rational.Parse(x);
        var truth = Rational.Parse(reference);
        var lower = Rational.SqrtLower(value, 64);
        var upper = Rational.SqrtUpper(value, 64);
        Assert.True(lower <= truth + Slack && upper >= truth - Slack);
        Assert.True(upper - lower <= new Rational(1, System.Numerics.BigInteger.One << 64));
        Assert.True(lower * lower <= value && upper * upper >= value, "squares must bracket x exactly");
    }

    [Fact]
    public void SqrtBounds_PerfectSquare_AreExact()
    {
        Assert.Equal(new Rational(3, 4), Rational.SqrtUpper(new Rational(9, 16), 10));
        Assert.Equal(new Rational(3, 4), Rational.SqrtLower(new Rational(9, 16), 10));
    }

    [Fact]
    public void Bounds_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.SqrtUpper(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.LnUpper(0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.LnLower(-2, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.ExpUpper(2_000_000, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.ExpUpper(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.LnUpper(2, Rational.MaxBoundBits + 1));
    }

    [Fact]
    public void LnBounds_RandomArguments_AreConsistentWithExpBounds()
    {
        // ln is the inverse of exp: e^(LnUpper(x)) ≥ x and e^(LnLower(x)) ≤ x for any x > 0.
        foreach (var text in new[] { "5/9", "17", "1e-30", "99999/100000", "4e15" })
        {
            var x = Rational.Parse(text);
            Assert.True(Rational.ExpUpper(Rational.LnUpper(x, 80), 80) >= x * (1 - Rational.Parse("1e-22")));
            Assert.True(Rational.ExpLower(Rational.LnUpper(x, 80), 80) >= x * (1 - Rational.Parse("1e-22")));
            Assert.True(Rational.ExpUpper(Rational.LnLower(x, 80), 80) <= x * (1 + Rational.Parse("1e-22")));
        }
    }
}
