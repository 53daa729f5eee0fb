using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Statistical;

/// <summary>Selection frequencies of the exact exponential mechanism match P(i) ∝ exp(ε·qᵢ/(2Δ)).</summary>
public class ExponentialSelectionDistributionTests
{
    [Theory]
    [InlineData("1/2", 1, new long[] { 0, 1, 2, 4, 4, 7 })]
    [InlineData("3", 4, new long[] { 10, 12, 9, 15 })]
    public void Select_ManyDraws_FrequenciesFitTheExponentialWeights(string epsilonText, long sensitivity, long[] scores)
    {
        const int draws = 40_000;
        var epsilon = Rational.Parse(epsilonText);
        var rng = new CryptoRandomBits();
        var counts = new long[scores.Length];
        for (var i = 0; i < draws; i++)
            counts[ExponentialSelection.Select(scores, epsilon, sensitivity, rng)]++;
        var weights = scores.Select(q => Math.Exp(epsilon.ToDouble() * q / (2.0 * sensitivity))).ToArray();
        var expected = weights.Select(w => draws * w / weights.Sum()).ToArray();
        var p = ChiSquare.PValue(expected, counts);
        Assert.True(p > ChiSquare.FailBelow, $"frequencies [{string.Join(", ", counts)}] do not fit [{string.Join(", ", expected.Select(e => e.ToString("F0")))}]: p = {p:E2}");
    }

    [Fact]
    public void PValue_FrequenciesOfTheWrongMechanism_AreRejected()
    {
        // Sampling at 2ε while expecting ε: the check has power.
        var rng = new CryptoRandomBits();
        long[] scores = [0, 1, 2, 4, 4, 7];
        var counts = new long[scores.Length];
        for (var i = 0; i < 40_000; i++)
            counts[ExponentialSelection.Select(scores, 1, 1, rng)]++;
        var weights = scores.Select(q => Math.Exp(0.5 * q / 2)).ToArray();
        Assert.True(ChiSquare.PValue(weights.Select(w => 40_000 * w / weights.Sum()).ToArray(), counts) < ChiSquare.FailBelow);
    }
}
