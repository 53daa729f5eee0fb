using Kura.Synthesis.Evaluation;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Evaluation;

public class UtilityEvaluatorTests
{
    [Fact]
    public void Evaluate_WithTarget_ReportsThreeOrdersAndTheClassifier()
    {
        var (train, test) = HoldoutSplit.Split(Tables.Chain(1_200, 4, 2), 0.2);
        var report = UtilityEvaluator.Evaluate(train, Tables.Chain(1_000, 4, 2), test, "c3");
        Assert.Equal([1, 2, 3], report.Marginals.Select(m => m.Way));
        Assert.Equal([4, 6, 4], report.Marginals.Select(m => m.Marginals));
        Assert.NotNull(report.Classifier);
    }

    [Fact]
    public void Evaluate_WithoutTarget_HasNoClassifier() =>
        Assert.Null(UtilityEvaluator.Evaluate(Tables.Chain(10, 2, 2), Tables.Chain(10, 2, 2)).Classifier);
}
