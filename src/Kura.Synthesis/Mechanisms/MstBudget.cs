using Kura.Privacy;
using Kura.Privacy.Arithmetic;

namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// How MST spends a total ρ (McKenna, Miklau &amp; Sheldon 2021): about a third on the 1-way marginals, a third on
/// the exponential-mechanism rounds that pick the spanning tree, a third on the 2-way marginals. With a target
/// column the 2-way third also pays for the target's pair with every other column (a public choice, so no
/// selection), split with the tree's pairs so every 2-way marginal gets the same noise; the tree then spans the
/// other columns only (d − 2 rounds). The selection ε is rounded down, and what rounding saves goes to the
/// measurements, so the parts add to ρ exactly.
/// </summary>
[Proven("docs/proofs/MstBudget.md")]
public sealed record MstBudget
{
    private MstBudget(Rational total, Rational oneWayRho, Rational selectionEpsilon, int selectionRounds, Rational targetPairsRho, Rational treeRho)
    {
        Total = total;
        OneWayRho = oneWayRho;
        SelectionEpsilon = selectionEpsilon;
        SelectionRounds = selectionRounds;
        TargetPairsRho = targetPairsRho;
        TreeRho = treeRho;
    }

    /// <summary>Total zCDP ρ; equals OneWayRho + SelectionRho + TargetPairsRho + TreeRho exactly.</summary>
    public Rational Total { get; }

    /// <summary>ρ of measuring all 1-way marginals together.</summary>
    public Rational OneWayRho { get; }

    /// <summary>ε of each exponential-mechanism round (0 when there is nothing to select).</summary>
    public Rational SelectionEpsilon { get; }

    /// <summary>
    /// Number of selection rounds: one per tree edge (columns − 1, or columns − 2 with a target), or 0 when the tree
    /// spans at most two columns.
    /// </summary>
    public int SelectionRounds { get; }

    /// <summary>ρ of measuring the target's d − 1 pairs together (0 without a target).</summary>
    public Rational TargetPairsRho { get; }

    /// <summary>ρ of measuring the tree's pairs together (0 when the tree has no edge).</summary>
    public Rational TreeRho { get; }

    /// <summary>ρ of all selection rounds: rounds·ε²/8.</summary>
    public Rational SelectionRho => SelectionRounds * ExponentialSelection.ZcdpCost(SelectionEpsilon);

    /// <summary>ρ of all 2-way measurements.</summary>
    public Rational TwoWayRho => TargetPairsRho + TreeRho;

    /// <summary>
    /// Splits <paramref name="rho"/> (&gt; 0) for a table of <paramref name="columns"/> (≥ 1) columns; with
    /// <paramref name="targeted"/> (needs ≥ 2 columns) the target's pairs are measured besides the tree. When the
    /// tree spans two columns its one pair is forced, so nothing is selected and nothing is spent on selection.
    /// </summary>
    public static MstBudget Split(Rational rho, int columns, bool targeted = false)
    {
        ParameterCheck.ThrowIf(rho.Sign <= 0, nameof(rho), "The synthesis budget rho must be greater than 0.");
        ParameterCheck.ThrowIf(columns < 1, nameof(columns), "Synthesis needs at least one column.");
        ParameterCheck.ThrowIf(targeted && columns < 2, nameof(columns), "A target column needs at least one other column.");
        if (columns == 1)
            return new MstBudget(rho, rho, Rational.Zero, 0, Rational.Zero, Rational.Zero);
        var spanned = targeted ? columns - 1 : columns;
        var treePairs = spanned - 1;
        var rounds = spanned >= 3 ? treePairs : 0;
        var epsilon = rounds == 0 ? Rational.Zero : ExponentialSelection.EpsilonWithin(rho / 3, rounds);
        var selection = rounds * ExponentialSelection.ZcdpCost(epsilon);
        var measurement = (rho - selection) / 2;
        var targetPairs = targeted ? columns - 1 : 0;
        var targetRho = measurement * new Rational(targetPairs, targetPairs + treePairs);
        return new MstBudget(rho, measurement, epsilon, rounds, targetRho, measurement - targetRho);
    }
}
