namespace Kura.Anonymity.Metrics;

/// <summary>
/// Discernibility (Bayardo &amp; Agrawal 2005), non-monotonic form as in ARX: Σ|E|² over released classes plus
/// n·|E| for each suppressed class. The bound Σ|E|² over all classes grows under generalisation.
/// </summary>
internal sealed class DiscernibilityModel(int records) : IQualityModel
{
    public bool HasStaticBound => false;

    public double StaticBound(int[] levels) => 0;

    public double Value(in NodeClasses classes, out double bound)
    {
        bound = classes.SumSquaresAll;
        return classes.SumSquaresReleased + (double)records * classes.SuppressedRecords;
    }
}
