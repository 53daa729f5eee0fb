using System.Numerics;

namespace Kura.Sql.Planning;

/// <summary>
/// Sensitivities of each measurement vector (over all groups and bins) when one person, with at most R bounded
/// rows touching at most G released groups, is added or removed (proof: docs/proofs/RankBounding.md).
/// Row counts and histograms: L1 = R, L2² = R². Person counts: L1 = G, L2² = G. Sums with per-row |v| ≤ B:
/// L1 = R·B, L2² = (R·B)². Sums of squares: B replaced by B². A zero bound is raised to 1 (more noise, still valid).
/// </summary>
internal static class Sensitivities
{
    public static DpMeasurement Apply(DpMeasurement m, long rowBound, long groupBound)
    {
        BigInteger rows = rowBound;
        var l1 = m.Kind switch
        {
            MeasurementKind.PersonCount => new BigInteger(groupBound),
            MeasurementKind.Sum => rows * m.Encoding!.RowBound,
            MeasurementKind.SumOfSquares => rows * m.Encoding!.RowBound * m.Encoding.RowBound,
            _ => rows,
        };
        l1 = BigInteger.Max(BigInteger.One, l1);
        var l2Squared = m.Kind == MeasurementKind.PersonCount ? l1 : l1 * l1;
        return m with { L1Sensitivity = l1, L2SensitivitySquared = l2Squared };
    }
}
