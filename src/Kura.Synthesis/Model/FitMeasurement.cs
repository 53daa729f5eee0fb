namespace Kura.Synthesis.Model;

/// <summary>
/// A noisy marginal as the estimator sees it: values over <see cref="Columns"/> (row-major, last fastest) and the
/// inverse noise variance of each cell. Post-processing only; built from released measurements.
/// </summary>
internal sealed record FitMeasurement(int[] Columns, double[] Values, double[] Weights);
