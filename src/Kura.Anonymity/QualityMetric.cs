namespace Kura.Anonymity;

/// <summary>How the search scores a transformation; lower is better. See docs/anonymity.md for the formulas.</summary>
public enum QualityMetric
{
    /// <summary>
    /// ARX's "Loss" (generalisation intensity, gs-factor 0.5): per attribute the mean domain share of the released
    /// values, normalised to [0,1], a suppressed record counting 1; attributes combined by geometric mean. Default.
    /// </summary>
    Loss,

    /// <summary>Discernibility (Bayardo &amp; Agrawal): Σ|E|² over released classes + n·|E| per suppressed class.</summary>
    Discernibility,

    /// <summary>Non-uniform entropy (Gionis &amp; Tassa; ARX's non-monotonic variant): bits of information removed, summed over attributes.</summary>
    NonUniformEntropy,
}
