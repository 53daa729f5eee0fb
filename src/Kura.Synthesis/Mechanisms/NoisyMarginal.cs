using Kura.Privacy.Arithmetic;

namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// One released marginal: the exact counts over <see cref="Columns"/> (flattened row-major, last column fastest)
/// plus independent discrete Gaussian noise with variance parameter <see cref="SigmaSquared"/>.
/// Everything here is safe to keep and post-process.
/// </summary>
public sealed record NoisyMarginal(int[] Columns, long[] Counts, Rational SigmaSquared);
