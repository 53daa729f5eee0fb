using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Metrics;

public class QualityScoresTests
{
    // k = 2 with 50% suppression: level 0 (suppress ages 2, 3) and level 1 (suppress the lone 3-4) both have Loss ½;
    // the tie goes to the lower node.
    [Fact]
    public void Anonymize_TinyTable_ScoresChosenNodeWithAllThreeMetrics()
    {
        var result = Anonymizer.Anonymize(Tiny.Table(), Tiny.Spec(k: 2, suppression: 0.5));
        IndependentChecker.Verify(Tiny.Table(), Tiny.Spec(k: 2, suppression: 0.5), result);

        Assert.Equal(new[] { 0 }, result.Levels);
        Assert.Equal(2, result.SuppressedRecords);
        Assert.Equal(new QualityScores(0.5, 12, 2), result.Scores with { Loss = Math.Round(result.Scores.Loss, 12), NonUniformEntropy = Math.Round(result.Scores.NonUniformEntropy, 12) });
    }
}
