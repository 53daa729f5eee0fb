using Kura.Privacy.Arithmetic;
using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis.Tests.Mechanisms;

public class AimScheduleTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BeginRound_UntilFinished_SpendsTheTotalExactly(bool annealEveryRound)
    {
        var rho = Rational.Parse("0.0149");
        var schedule = new AimSchedule(rho, 9);
        var spent = schedule.OneWayRho;
        var rounds = 0;
        while (!schedule.Finished)
        {
            var cost = schedule.BeginRound();
            Assert.Equal(1 / (2 * schedule.SigmaSquared) + ExponentialSelection.ZcdpCost(schedule.Epsilon), cost);
            spent += cost;
            rounds++;
            if (annealEveryRound)
                schedule.Anneal();
        }
        Assert.Equal(rho, spent);
        Assert.Equal(rho, schedule.Used);
        Assert.InRange(rounds, 2, 16 * 9 + 1);
        Assert.Throws<InvalidOperationException>(() => schedule.BeginRound());
    }

    [Fact]
    public void Constructor_Budget_SpendsNinetyPercentShareOnOneWayMarginals()
    {
        var schedule = new AimSchedule(new Rational(16), 4);
        // T = 64 rounds; one measurement costs 9·16/(10·64); four 1-way marginals cost four of them.
        Assert.Equal(4 * new Rational(9 * 16, 10 * 64), schedule.OneWayRho);
        Assert.Equal(1 / (2 * new Rational(9 * 16, 10 * 64)), schedule.SigmaSquared);
    }
}
