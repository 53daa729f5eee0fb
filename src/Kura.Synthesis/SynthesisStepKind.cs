namespace Kura.Synthesis;

/// <summary>What a <see cref="SynthesisStep"/> did.</summary>
public enum SynthesisStepKind
{
    /// <summary>Marginals measured together with discrete Gaussian noise.</summary>
    Measure,

    /// <summary>One marginal chosen by the exponential mechanism; <see cref="SynthesisStep.Marginals"/> holds the choice.</summary>
    Select,
}
