using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Evaluation;

/// <summary>Builds the <see cref="UtilityReport"/> of one synthesis.</summary>
public static class UtilityEvaluator
{
    /// <summary>
    /// TVD of all 1-, 2- and 3-way marginals between <paramref name="realTrain"/> (the rows synthesised from) and
    /// <paramref name="synthetic"/>; and, when <paramref name="targetColumn"/> is given, classifier accuracy on
    /// <paramref name="realTest"/> (held-out rows the synthesis never saw) trained on synthetic vs real training rows.
    /// </summary>
    public static UtilityReport Evaluate(EncodedTable realTrain, EncodedTable synthetic, EncodedTable? realTest = null, string? targetColumn = null)
    {
        ArgumentNullException.ThrowIfNull(realTrain);
        ArgumentNullException.ThrowIfNull(synthetic);
        var fits = Enumerable.Range(1, Math.Min(3, realTrain.ColumnCount))
            .Select(way => MarginalDistance.Compare(realTrain, synthetic, way))
            .ToArray();
        var classifier = targetColumn is not null && realTest is not null
            ? ClassifierUtility.Evaluate(realTrain, realTest, synthetic, targetColumn)
            : null;
        return new UtilityReport(fits, classifier);
    }
}
