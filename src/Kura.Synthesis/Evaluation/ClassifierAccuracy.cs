namespace Kura.Synthesis.Evaluation;

/// <summary>
/// Accuracy on held-out real rows of the same classifier trained once on synthetic rows and once on real
/// training rows. Values in [0, 1]; <see cref="Ratio"/> = synthetic / real (target ≥ 0.95). It holds no count of
/// real rows, so nothing that serialises it can release one.
/// </summary>
public sealed record ClassifierAccuracy(string TargetColumn, string Classifier, double TrainedOnSynthetic, double TrainedOnReal)
{
    /// <summary>TrainedOnSynthetic / TrainedOnReal, or 0 when the real-trained accuracy is 0.</summary>
    public double Ratio => TrainedOnReal > 0 ? TrainedOnSynthetic / TrainedOnReal : 0;
}
