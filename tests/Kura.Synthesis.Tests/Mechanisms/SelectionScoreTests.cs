using Kura.Privacy;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Mechanisms;

public class SelectionScoreTests
{
    [Fact]
    public void L1_SumsAbsoluteDifferencesPerCell() =>
        Assert.Equal(3 + 0 + 4, SelectionScore.L1([5, 2, 0], [2, 2, 4]));

    [Fact]
    public void Weighted_ScalesTheErrorBeyondTheExpectedOne() =>
        Assert.Equal(3 * (7 - 2), SelectionScore.Weighted(3, [5, 2, 0], [2, 2, 4], 2));

    [Fact]
    public void L1_PredictionOfAnotherLength_Throws() =>
        Assert.Throws<PrivacyParameterException>(() => SelectionScore.L1([1, 2], [1]));

    [Fact]
    public void Scores_AddingOrRemovingOnePerson_MoveByAtMostTheSensitivity()
    {
        // Neighbouring tables (one row more) against any fixed public prediction: |ΔL1| ≤ 1 and |ΔWeighted| ≤ weight.
        var rng = new CryptoRandomBits();
        for (var trial = 0; trial < 200; trial++)
        {
            var table = Tables.Chain(50 + trial, 3, 4, rng);
            var extra = Enumerable.Range(0, 3).Select(_ => (int)rng.UniformBelow(4UL)).ToArray();
            var neighbour = Tables.FromRows([4, 4, 4], [.. Enumerable.Range(0, table.RowCount).Select(r => Tables.Row(table, r)), extra]);
            int[] pair = trial % 2 == 0 ? [0, 1] : [1, 2];
            var predicted = Enumerable.Range(0, 16).Select(_ => (long)rng.UniformBelow(40UL)).ToArray();
            var weight = 1 + (long)rng.UniformBelow(5UL);
            var before = MarginalCounts.Count(table, pair);
            var after = MarginalCounts.Count(neighbour, pair);
            Assert.InRange(Math.Abs(SelectionScore.L1(after, predicted) - SelectionScore.L1(before, predicted)), 0, 1);
            Assert.InRange(Math.Abs(SelectionScore.Weighted(weight, after, predicted, 7) - SelectionScore.Weighted(weight, before, predicted, 7)), 0, weight);
        }
    }
}
