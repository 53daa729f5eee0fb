using Kura.Privacy.Arithmetic;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis;

/// <summary>Collects the <see cref="SynthesisStep"/>s of one synthesis with column names resolved.</summary>
internal sealed class SpendTrace(EncodedTable table)
{
    private readonly List<SynthesisStep> _steps = [];

    public IReadOnlyList<SynthesisStep> Steps => _steps;

    public void Measured(IReadOnlyList<int[]> marginals, Rational rho, Rational sigmaSquared) =>
        _steps.Add(new SynthesisStep(SynthesisStepKind.Measure, Names(marginals), rho, SigmaSquared: sigmaSquared));

    public void Selected(int[] marginal, Rational epsilon) =>
        _steps.Add(new SynthesisStep(SynthesisStepKind.Select, Names([marginal]), ExponentialSelection.ZcdpCost(epsilon), Epsilon: epsilon));

    public IReadOnlyList<IReadOnlyList<string>> Names(IReadOnlyList<int[]> marginals) =>
        marginals.Select(m => (IReadOnlyList<string>)m.Select(c => table.Domains[c].Column).ToArray()).ToArray();
}
