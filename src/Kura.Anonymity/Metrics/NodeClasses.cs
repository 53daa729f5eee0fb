namespace Kura.Anonymity.Metrics;

/// <summary>What a quality model needs to know about one node's classes.</summary>
internal readonly ref struct NodeClasses
{
    public NodeClasses(int[] levels, ReadOnlySpan<int> suppressedDigits, ReadOnlySpan<int> suppressedSizes,
                       int suppressedRecords, double sumSquaresReleased, double sumSquaresAll)
    {
        Levels = levels;
        SuppressedDigits = suppressedDigits;
        SuppressedSizes = suppressedSizes;
        SuppressedRecords = suppressedRecords;
        SumSquaresReleased = sumSquaresReleased;
        SumSquaresAll = sumSquaresAll;
    }

    /// <summary>Level of each quasi-identifier.</summary>
    public int[] Levels { get; }

    /// <summary>Label codes of the suppressed classes, dimensions × classes, class-major.</summary>
    public ReadOnlySpan<int> SuppressedDigits { get; }

    /// <summary>Record count of each suppressed class.</summary>
    public ReadOnlySpan<int> SuppressedSizes { get; }

    public int SuppressedRecords { get; }

    /// <summary>Σ |E|² over released classes.</summary>
    public double SumSquaresReleased { get; }

    /// <summary>Σ |E|² over all classes (as if nothing were suppressed).</summary>
    public double SumSquaresAll { get; }
}
