using System.Numerics;

namespace Kura.Sql.Planning;

/// <summary>
/// One noisy measurement of a plan: a vector of exact integers (one per group, or per group and bin) whose
/// sensitivities over the whole vector — for adding or removing one person with all their bounded rows —
/// are stated here and calibrate the noise.
/// </summary>
/// <param name="Kind">What is measured.</param>
/// <param name="Label">Human-readable description, e.g. <c>SUM(cost) at scale 100</c>.</param>
/// <param name="L1Sensitivity">Largest change of the vector's L1 norm (pure-ε noise scale numerator), ≥ 1.</param>
/// <param name="L2SensitivitySquared">Largest change of its squared L2 norm (zCDP σ² numerator), ≥ 1.</param>
/// <param name="Bins">Cells per group: 1, or the number of histogram bins.</param>
/// <param name="Hidden">True when measured only to select which groups are released.</param>
public sealed record DpMeasurement(
    MeasurementKind Kind,
    string Label,
    BigInteger L1Sensitivity,
    BigInteger L2SensitivitySquared,
    int Bins,
    bool Hidden)
{
    internal ValueEncoding? Encoding { get; init; }

    internal HistogramEncoding? Histogram { get; init; }

    /// <summary>Bound argument (null for row and person counts).</summary>
    internal Kura.Sql.Syntax.SqlExpr? Argument { get; init; }

    /// <summary>For a person count, the FROM entry whose person key it counts (a LEFT-joined table's key can be NULL).</summary>
    internal int PersonSource { get; init; }

    /// <summary>Identity for sharing one measurement between aggregates, e.g. AVG's count and COUNT(x).</summary>
    internal string Identity { get; init; } = "";
}
