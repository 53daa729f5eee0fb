using System.Numerics;
using Kura.Privacy;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;
using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>
/// Turns the exact bounded aggregates of a <see cref="DpQueryPlan"/> into a release: discrete Gaussian (zCDP)
/// or discrete Laplace (pure ε) noise on every measurement, partition selection for keys without a public
/// domain, then estimates, ordering and LIMIT as post-processing. Guarantee: the release is
/// (ρ = ε²/2)-zCDP or ε-DP, plus δ when keys are selected, per person (docs/proofs/DpQueryRelease.md).
/// Pure: no I/O, no clock, no floating-point noise. Each call draws fresh noise; call it once per reservation.
/// </summary>
[Proven("docs/proofs/DpQueryRelease.md")]
public static class DpQueryRelease
{
    /// <param name="plan">The plan whose <see cref="DpQueryPlan.BackendSql"/> produced the rows.</param>
    /// <param name="exactRows">The backend's rows, in any order.</param>
    /// <param name="rng">Random bits (production: <see cref="CryptoRandomBits"/>).</param>
    public static DpQueryResult Release(DpQueryPlan plan, IReadOnlyList<object?[]> exactRows, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(exactRows);
        ArgumentNullException.ThrowIfNull(rng);
        var exact = ExactGroups.Read(plan, exactRows);
        var noise = plan.Measurements.Select(m => NoiseCalibration.For(plan, m)).ToList();
        var threshold = Threshold(plan, noise);
        var released = new List<NoisyGroup>();
        foreach (var keys in Candidates.Of(plan, exact))
        {
            exact.TryGetValue(ExactGroups.Identity(keys), out var group);
            var noisy = new NoisyGroup(keys, plan.Measurements.Count);
            if (plan.SelectionMeasurement is { } s)
            {
                // Only the selection count is drawn before the decision; a suppressed group releases nothing.
                noisy.Scalars[s] = noise[s].Release(group?.Scalars[s] ?? BigInteger.Zero, rng);
                if (!PartitionSelection.IsReleased(noisy.Scalars[s], threshold!.Value)) continue;
            }
            Measure(plan, group, noisy, noise, rng);
            released.Add(noisy);
        }
        var rows = released.Select(g => AggregateEstimates.Row(plan, g, noise)).ToList();
        return new DpQueryResult(plan.Columns, ResultOrder.Apply(plan, rows), plan.Cost, Describe(plan, noise, threshold));
    }

    private static BigInteger? Threshold(DpQueryPlan plan, IReadOnlyList<NoiseCalibration> noise)
    {
        if (plan.SelectionMeasurement is not { } s) return null;
        // A person adds 1 to a person count, or up to all their bounded rows to a row count, in each group.
        var perGroup = plan.Measurements[s].Kind == MeasurementKind.PersonCount ? BigInteger.One : new BigInteger(plan.RowBound);
        return noise[s].Threshold(plan.GroupBound, perGroup, plan.Cost.Delta);
    }

    private static void Measure(DpQueryPlan plan, ExactGroup? group, NoisyGroup noisy, IReadOnlyList<NoiseCalibration> noise, IRandomBits rng)
    {
        for (var m = 0; m < plan.Measurements.Count; m++)
        {
            if (m == plan.SelectionMeasurement) continue;
            var measurement = plan.Measurements[m];
            if (measurement.Kind != MeasurementKind.Histogram)
            {
                noisy.Scalars[m] = noise[m].Release(group?.Scalars[m] ?? BigInteger.Zero, rng);
                continue;
            }
            var exactBins = group is not null && group.Bins.TryGetValue(m, out var b) ? b : null;
            var bins = new BigInteger[measurement.Bins];
            for (var i = 0; i < bins.Length; i++)
                bins[i] = noise[m].Release(exactBins is not null && exactBins.TryGetValue(i, out var c) ? c : BigInteger.Zero, rng);
            noisy.Bins[m] = bins;
        }
    }

    private static string Describe(DpQueryPlan plan, IReadOnlyList<NoiseCalibration> noise, BigInteger? threshold)
    {
        var mechanism = plan.Mode == PrivacyMode.Zcdp
            ? $"discrete Gaussian, zCDP rho={plan.Cost.Rho}"
            : $"discrete Laplace, pure epsilon={plan.Cost.PureEpsilon}";
        var parts = string.Join("; ", plan.Measurements.Select((m, i) => $"{m.Label}: {noise[i].Describe()}"));
        var selection = threshold is { } t ? $"; partition selection delta={plan.Cost.Delta}, threshold {t}" : "; public keys";
        return $"{mechanism} split equally over {plan.Measurements.Count} measurements ({parts}){selection}; " +
               $"rows per person <= {plan.RowBound}, groups per person <= {plan.GroupBound}";
    }
}
