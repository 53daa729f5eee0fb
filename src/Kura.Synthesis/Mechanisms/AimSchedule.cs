using Kura.Privacy;
using Kura.Privacy.Arithmetic;

namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// AIM's budget schedule (McKenna, Mullins, Sheldon &amp; Miklau 2022, Algorithm 1) in exact arithmetic. With
/// T = 16d planned rounds, each round first costs 9ρ/(10T) for one Gaussian measurement (σ² = 1/(2·that)) plus
/// ε²/8 for one selection with ε ≈ √(8·ρ/(10T)) (rounded down); the d 1-way marginals cost d·9ρ/(10T) up front.
/// Annealing halves σ and doubles ε (each round's cost ×4). A round that would leave less than one more round's
/// cost spends exactly what remains, so the rounds add up to ρ exactly.
/// </summary>
[Proven("docs/proofs/AimSchedule.md")]
public sealed class AimSchedule
{
    /// <summary>Starts a schedule for total <paramref name="rho"/> (&gt; 0) over <paramref name="columns"/> (≥ 1) columns.</summary>
    public AimSchedule(Rational rho, int columns)
    {
        ParameterCheck.ThrowIf(rho.Sign <= 0, nameof(rho), "The synthesis budget rho must be greater than 0.");
        ParameterCheck.ThrowIf(columns < 1, nameof(columns), "Synthesis needs at least one column.");
        Total = rho;
        var rounds = 16 * columns;
        var measureRho = 9 * rho / (10 * rounds);
        SigmaSquared = 1 / (2 * measureRho);
        Epsilon = ExponentialSelection.EpsilonWithin(rho / (10 * rounds), 1);
        OneWayRho = columns * measureRho;
        Used = OneWayRho;
    }

    /// <summary>Total ρ.</summary>
    public Rational Total { get; }

    /// <summary>ρ of measuring all 1-way marginals together (σ² = <see cref="SigmaSquared"/> each).</summary>
    public Rational OneWayRho { get; }

    /// <summary>ρ committed so far (starts at <see cref="OneWayRho"/>; ends at <see cref="Total"/>).</summary>
    public Rational Used { get; private set; }

    /// <summary>σ² of the current round's measurement.</summary>
    public Rational SigmaSquared { get; private set; }

    /// <summary>ε of the current round's selection.</summary>
    public Rational Epsilon { get; private set; }

    /// <summary>True once the last round has been committed.</summary>
    public bool Finished { get; private set; }

    /// <summary>ρ of one measurement at the current σ²: 1/(2σ²).</summary>
    public Rational MeasureRho => 1 / (2 * SigmaSquared);

    /// <summary>
    /// Commits the next round's cost (<see cref="MeasureRho"/> + ε²/8) and returns it. When less than two rounds'
    /// cost remains, this round takes everything left: ε from a tenth of it, the measurement the rest.
    /// </summary>
    public Rational BeginRound()
    {
        if (Finished)
            throw new InvalidOperationException("The AIM schedule has no budget left.");
        var remaining = Total - Used;
        if (remaining < 2 * (MeasureRho + ExponentialSelection.ZcdpCost(Epsilon)))
        {
            Epsilon = ExponentialSelection.EpsilonWithin(remaining / 10, 1);
            SigmaSquared = 1 / (2 * (remaining - ExponentialSelection.ZcdpCost(Epsilon)));
            Finished = true;
        }
        var cost = MeasureRho + ExponentialSelection.ZcdpCost(Epsilon);
        Used += cost;
        return cost;
    }

    /// <summary>After a round whose measurement barely changed the model: σ ← σ/2, ε ← 2ε for later rounds.</summary>
    public void Anneal()
    {
        SigmaSquared /= 4;
        Epsilon *= 2;
    }
}
