using Kura.Core;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Evaluation;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Evaluation;

public class ClassifierUtilityTests
{
    [Fact]
    public void Evaluate_LabelDeterminedByFeatures_RealAndFaithfulSyntheticBothScoreHigh()
    {
        var (train, test) = HoldoutSplit.Split(Labelled(3_000), 0.25);
        var accuracy = ClassifierUtility.Evaluate(train, test, Labelled(2_000), "c2");
        Assert.True(accuracy.TrainedOnReal > 0.97, $"real-trained accuracy {accuracy.TrainedOnReal}");
        Assert.True(accuracy.TrainedOnSynthetic > 0.97, $"synthetic-trained accuracy {accuracy.TrainedOnSynthetic}");
    }

    [Fact]
    public void Evaluate_SyntheticWithInvertedLabel_OnlyTheSyntheticTrainedClassifierFails()
    {
        // Synthetic rows label the opposite of the real rule: a classifier trained on them is wrong on nearly every
        // held-out real row, while the real-trained one stays right. Fails if the two training sets were swapped,
        // if the synthetic rows were not what the synthetic classifier learnt from, or if it were tested on them.
        var (train, test) = HoldoutSplit.Split(Labelled(3_000), 0.25);
        var accuracy = ClassifierUtility.Evaluate(train, test, Labelled(2_000, inverted: true), "c2");
        Assert.True(accuracy.TrainedOnSynthetic < 0.03, $"synthetic-trained accuracy {accuracy.TrainedOnSynthetic}");
        Assert.True(accuracy.TrainedOnReal > 0.97, $"real-trained accuracy {accuracy.TrainedOnReal}");
    }

    [Fact]
    public void Evaluate_SyntheticWithoutTheRelationship_ScoresNearChance()
    {
        // Synthetic rows whose label carries no information (always 0): a classifier trained on them can only
        // guess one class, right on about half of the XOR test rows. (Random labels would not do: a tree then
        // guesses each of the four cells by coin flip, and 1 time in 16 it guesses all four right.)
        var (train, test) = HoldoutSplit.Split(Labelled(3_000), 0.25);
        var accuracy = ClassifierUtility.Evaluate(train, test, ConstantLabel(3_000), "c2");
        Assert.True(accuracy.Ratio < 0.75, $"ratio {accuracy.Ratio}");
    }

    [Fact]
    public void Evaluate_MulticlassTarget_UsesMaximumEntropy()
    {
        var table = Tables.Chain(2_000, 3, 4);
        var (train, test) = HoldoutSplit.Split(table, 0.25);
        var accuracy = ClassifierUtility.Evaluate(train, test, train, "c1");
        Assert.Contains("multiclass", accuracy.Classifier, StringComparison.Ordinal);
        Assert.True(accuracy.TrainedOnReal > 0.5, $"accuracy {accuracy.TrainedOnReal}");
    }

    [Fact]
    public void Evaluate_UnknownTarget_Throws()
    {
        var table = Tables.Chain(50, 3, 2);
        Assert.Throws<KuraException>(() => ClassifierUtility.Evaluate(table, table, table, "salary"));
    }

    private static EncodedTable ConstantLabel(int rows)
    {
        var rng = new CryptoRandomBits();
        var data = Enumerable.Range(0, rows).Select(_ => new[] { (int)rng.UniformBelow(2UL), (int)rng.UniformBelow(2UL), 0 }).ToArray();
        return Tables.FromRows([2, 2, 2], data);
    }

    /// <summary>c2 = c0 XOR c1 (binary), or its negation when <paramref name="inverted"/>.</summary>
    private static EncodedTable Labelled(int rows, bool inverted = false)
    {
        var rng = new CryptoRandomBits();
        var data = Enumerable.Range(0, rows).Select(_ =>
        {
            int a = (int)rng.UniformBelow(2UL), b = (int)rng.UniformBelow(2UL);
            return new[] { a, b, (a ^ b) ^ (inverted ? 1 : 0) };
        }).ToArray();
        return Tables.FromRows([2, 2, 2], data);
    }
}
