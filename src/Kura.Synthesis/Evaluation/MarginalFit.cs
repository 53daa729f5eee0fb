namespace Kura.Synthesis.Evaluation;

/// <summary>
/// Total variation distance between real and synthetic k-way marginals over every set of <see cref="Way"/> columns:
/// TVD = ½ Σ |p_real − p_synthetic| ∈ [0, 1] on normalised counts.
/// </summary>
/// <param name="Way">Columns per marginal (1, 2 or 3).</param>
/// <param name="Marginals">Number of column sets compared.</param>
/// <param name="MeanTvd">Mean TVD over the sets.</param>
/// <param name="WorstTvd">Largest TVD.</param>
/// <param name="WorstColumns">Column names of the worst set.</param>
public sealed record MarginalFit(int Way, int Marginals, double MeanTvd, double WorstTvd, IReadOnlyList<string> WorstColumns);
