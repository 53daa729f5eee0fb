using Kura.Core;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Evaluation;

namespace Kura.Engine.Synthesis;

/// <summary>
/// The utility report of one synthesis: marginal TVDs always; the classifier part when there is a target and
/// ML.NET can train on both tables (it cannot, for example, when a table holds a single target value).
/// </summary>
internal static class SyntheticUtility
{
    public static (UtilityReport Report, string? Note) Evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable? test, string? target)
    {
        var marginals = UtilityEvaluator.Evaluate(train, synthetic);
        if (target is null || test is null)
            return (marginals, "No categorical column to predict, so no classifier was trained; name one with --target.");
        try
        {
            return (marginals with { Classifier = ClassifierUtility.Evaluate(train, test, synthetic, target) }, null);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // Whatever ML.NET throws, its text is not shown (it may describe the data); the budget is already spent,
            // so the release goes on with the marginal figures and this note. Whether training failed is the one
            // bit the note adds to the exact utility figures.
            return (marginals, $"The classifier for '{target}' could not be trained on these rows (for example a single value of the target), so its accuracy is not reported.");
        }
    }
}
