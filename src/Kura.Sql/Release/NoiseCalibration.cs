using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;
using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>
/// Noise of one measurement. zCDP: each of k measurements gets ρ/k and σ² = Δ₂²/(2ρ/k), so the k discrete
/// Gaussian releases compose to ρ. Pure ε: each gets ε/k and scale Δ₁/(ε/k), composing to ε.
/// </summary>
internal sealed class NoiseCalibration
{
    private readonly bool _gaussian;
    private readonly Rational _parameter;
    private readonly Dictionary<double, BigInteger> _halfWidths = [];

    private NoiseCalibration(bool gaussian, Rational parameter)
    {
        _gaussian = gaussian;
        _parameter = parameter;
    }

    /// <summary>σ² (Gaussian) or scale (Laplace).</summary>
    public Rational Parameter => _parameter;

    public static NoiseCalibration For(DpQueryPlan plan, DpMeasurement measurement)
    {
        var k = plan.Measurements.Count;
        if (plan.Mode == PrivacyMode.Zcdp)
        {
            var rho = plan.Cost.Rho / k;
            return new NoiseCalibration(true, GaussianMechanism.SigmaSquaredFor(rho, measurement.L2SensitivitySquared));
        }
        var epsilon = plan.Cost.PureEpsilon / k;
        return new NoiseCalibration(false, LaplaceMechanism.ScaleFor(epsilon, measurement.L1Sensitivity));
    }

    public BigInteger Release(BigInteger exact, IRandomBits rng) => _gaussian
        ? GaussianMechanism.Release(exact, _parameter, rng)
        : LaplaceMechanism.Release(exact, _parameter, rng);

    /// <summary>Half-width t with P(|noise| ≤ t) ≥ confidence (post-processing of public parameters; cached).</summary>
    public BigInteger HalfWidth(double confidence)
    {
        if (_halfWidths.TryGetValue(confidence, out var cached)) return cached;
        var width = _gaussian
            ? GaussianMechanism.ConfidenceHalfWidth(_parameter, confidence)
            : LaplaceMechanism.ConfidenceHalfWidth(_parameter, confidence);
        _halfWidths[confidence] = width;
        return width;
    }

    /// <summary>τ for partition selection: a group is released when its noisy count exceeds it.</summary>
    public BigInteger Threshold(long groupsPerPerson, BigInteger contributionPerGroup, Rational delta)
    {
        var k = (int)Math.Min(int.MaxValue, groupsPerPerson);
        return _gaussian
            ? PartitionSelection.GaussianThreshold(_parameter, k, contributionPerGroup, delta)
            : PartitionSelection.LaplaceThreshold(_parameter, k, contributionPerGroup, delta);
    }

    public string Describe() => _gaussian ? $"sigma^2={_parameter}" : $"scale={_parameter}";
}
