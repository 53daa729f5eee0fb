using Kura.Core;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis;

/// <summary>
/// Collects the <see cref="SynthesisStep"/>s of one synthesis with column names resolved. Each step's ρ is derived
/// from its own public parameters (k/(2σ²) for k marginals measured together, ε²/8 for a selection), never copied
/// from the budget split, so the result's cost checks the split.
/// </summary>
internal sealed class SpendTrace(EncodedTable table)
{
    private readonly List<SynthesisStep> _steps = [];

    public IReadOnlyList<SynthesisStep> Steps => _steps;

    public void Measured(IReadOnlyList<NoisyMarginal> measured)
    {
        var sigmaSquared = measured[0].SigmaSquared;
        if (measured.Any(m => m.SigmaSquared != sigmaSquared))
            throw KuraException.Internal("KURA-SYNTH-STEP", "Marginals measured together must share one noise variance.");
        var marginals = measured.Select(m => m.Columns).ToArray();
        _steps.Add(new SynthesisStep(SynthesisStepKind.Measure, Names(marginals), marginals.Length / (2 * sigmaSquared), SigmaSquared: sigmaSquared));
    }

    public void Selected(int[] marginal, Rational epsilon) =>
        _steps.Add(new SynthesisStep(SynthesisStepKind.Select, Names([marginal]), ExponentialSelection.ZcdpCost(epsilon), Epsilon: epsilon));

    /// <summary>The result: its cost is the sum of the steps' ρ.</summary>
    public SynthesisResult Result(EncodedTable rows, IReadOnlyList<int[]> modelCliques) =>
        new(rows, PrivacyCost.FromRho(_steps.Aggregate(Rational.Zero, (sum, step) => sum + step.Rho)), _steps)
        {
            ModelCliques = Names(modelCliques),
        };

    public IReadOnlyList<IReadOnlyList<string>> Names(IReadOnlyList<int[]> marginals) =>
        marginals.Select(m => (IReadOnlyList<string>)m.Select(c => table.Domains[c].Column).ToArray()).ToArray();
}
