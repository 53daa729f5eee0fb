namespace Kura.Sql.Release;

/// <summary>
/// A released aggregate: the noisy estimate and an interval that contains the exact bounded aggregate
/// (after rows per person were capped and values clamped) with probability <see cref="Confidence"/> over the noise.
/// </summary>
public sealed record NoisyEstimate(decimal Value, decimal Lower, decimal Upper, decimal Confidence)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Value} [{Lower}, {Upper}]");
}
