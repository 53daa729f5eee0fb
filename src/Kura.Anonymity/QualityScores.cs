namespace Kura.Anonymity;

/// <summary>The three quality metrics of a released extract (lower is better); see docs/anonymity.md.</summary>
/// <param name="Loss">ARX "Loss" in [0, 1].</param>
/// <param name="Discernibility">Σ|E|² + n·(suppressed records), in records².</param>
/// <param name="NonUniformEntropy">Information removed, in bits.</param>
public sealed record QualityScores(double Loss, double Discernibility, double NonUniformEntropy);
