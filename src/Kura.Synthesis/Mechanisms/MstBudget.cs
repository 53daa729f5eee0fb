using Kura.Privacy;
using Kura.Privacy.Arithmetic;

namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// How MST spends a total ρ (McKenna, Miklau &amp; Sheldon 2021): about a third on the 1-way marginals, a third on
/// the d − 1 exponential-mechanism rounds that pick the spanning tree, a third on the tree's 2-way marginals.
/// The selection ε is rounded down, and what rounding saves goes to the measurements, so the parts add to ρ exactly.
/// </summary>
[Proven("docs/proofs/MstBudget.md")]
public sealed record MstBudget
{
    private MstBudget(Rational total, Rational oneWayRho, Rational selectionEpsilon, int selectionRounds, Rational twoWayRho)
    {
        Total = total;
        OneWayRho = oneWayRho;
        SelectionEpsilon = selectionEpsilon;
        SelectionRounds = selectionRounds;
        TwoWayRho = twoWayRho;
    }

    /// <summary>Total zCDP ρ; equals OneWayRho + SelectionRounds·ε²/8 + TwoWayRho exactly.</summary>
    public Rational Total { get; }

    /// <summary>ρ of measuring all 1-way marginals together.</summary>
    public Rational OneWayRho { get; }

    /// <summary>ε of each exponential-mechanism round (0 when there is a single column).</summary>
    public Rational SelectionEpsilon { get; }

    /// <summary>Number of selection rounds: columns − 1.</summary>
    public int SelectionRounds { get; }

    /// <summary>ρ of measuring the tree's 2-way marginals together (0 when there is a single column).</summary>
    public Rational TwoWayRho { get; }

    /// <summary>ρ of all selection rounds: rounds·ε²/8.</summary>
    public Rational SelectionRho => SelectionRounds * ExponentialSelection.ZcdpCost(SelectionEpsilon);

    /// <summary>Splits <paramref name="rho"/> (&gt; 0) for a table of <paramref name="columns"/> (≥ 1) columns.</summary>
    public static MstBudget Split(Rational rho, int columns)
    {
        ParameterCheck.ThrowIf(rho.Sign <= 0, nameof(rho), "The synthesis budget rho must be greater than 0.");
        ParameterCheck.ThrowIf(columns < 1, nameof(columns), "Synthesis needs at least one column.");
        if (columns == 1)
            return new MstBudget(rho, rho, Rational.Zero, 0, Rational.Zero);
        var rounds = columns - 1;
        var epsilon = ExponentialSelection.EpsilonWithin(rho / 3, rounds);
        var selection = rounds * ExponentialSelection.ZcdpCost(epsilon);
        var measurement = (rho - selection) / 2;
        return new MstBudget(rho, measurement, epsilon, rounds, measurement);
    }
}
