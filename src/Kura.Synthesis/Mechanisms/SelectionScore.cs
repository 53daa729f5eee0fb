namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// Integer quality scores for <see cref="ExponentialSelection"/> (MST's tree, AIM's rounds). Only the exact counts
/// depend on the data; the prediction and the expected error come from released values. Adding or removing one
/// person moves one cell of a marginal by one, so <see cref="L1"/> moves by at most 1 and <see cref="Weighted"/> by
/// at most the weight: the sensitivities the selections use.
/// </summary>
public static class SelectionScore
{
    /// <summary>Σ |exact − predicted| over the cells of one marginal (arrays of equal length).</summary>
    public static long L1(long[] exact, long[] predicted)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(predicted);
        ParameterCheck.ThrowIf(exact.Length != predicted.Length, nameof(predicted), "The prediction must have one value per cell.");
        long score = 0;
        for (var cell = 0; cell < exact.Length; cell++)
        {
            var difference = exact[cell] - predicted[cell];
            score += difference < 0 ? -difference : difference;
        }
        return score;
    }

    /// <summary>weight·(L1 − expectedError): AIM's score, the error beyond what measuring the marginal would leave.</summary>
    public static long Weighted(long weight, long[] exact, long[] predicted, long expectedError) =>
        weight * (L1(exact, predicted) - expectedError);
}
