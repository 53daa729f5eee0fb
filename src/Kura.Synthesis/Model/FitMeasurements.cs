using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis.Model;

/// <summary>Conversions from released measurements to the estimator's form.</summary>
internal static class FitMeasurements
{
    /// <summary>Values as doubles, every cell weighted by 1/σ².</summary>
    public static FitMeasurement From(NoisyMarginal marginal)
    {
        var weight = 1 / marginal.SigmaSquared.ToDouble();
        return new FitMeasurement(marginal.Columns, marginal.Counts.Select(c => (double)c).ToArray(),
            Enumerable.Repeat(weight, marginal.Counts.Length).ToArray());
    }
}
