using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// A quantile read off a noisy histogram: the point estimate and an interval that contains the true
/// quantile (of the values clamped to the declared range) whenever every bin's noise is within the
/// simultaneous half-width the interval was built from.
/// </summary>
/// <param name="Value">Point estimate, in the column's units, within the declared range.</param>
/// <param name="IntervalLower">Lower end of the interval (a bin edge).</param>
/// <param name="IntervalUpper">Upper end of the interval (a bin edge).</param>
public sealed record QuantileEstimate(Rational Value, Rational IntervalLower, Rational IntervalUpper);
