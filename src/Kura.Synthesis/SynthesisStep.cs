using Kura.Privacy.Arithmetic;

namespace Kura.Synthesis;

/// <summary>
/// One privacy-spending step of a synthesis, in order: a joint measurement of marginals (<see cref="SigmaSquared"/>
/// set) or one exponential-mechanism selection (<see cref="Epsilon"/> set). Holds only public parameters and
/// released choices, so it may go into the manifest. <see cref="Rho"/> is the step's exact zCDP cost.
/// </summary>
public sealed record SynthesisStep(
    SynthesisStepKind Kind,
    IReadOnlyList<IReadOnlyList<string>> Marginals,
    Rational Rho,
    Rational? SigmaSquared = null,
    Rational? Epsilon = null);
