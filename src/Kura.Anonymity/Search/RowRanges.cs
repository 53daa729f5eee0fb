namespace Kura.Anonymity.Search;

/// <summary>Splits rows into contiguous ranges for parallel loops: one range below 2¹⁷ rows, else one per core.</summary>
internal static class RowRanges
{
    private const int MinimumPerRange = 1 << 17;

    public static (int Start, int End)[] Of(int rows)
    {
        var count = Math.Clamp(rows / MinimumPerRange, 1, Environment.ProcessorCount);
        var ranges = new (int Start, int End)[count];
        for (var i = 0; i < count; i++) ranges[i] = ((int)((long)rows * i / count), (int)((long)rows * (i + 1) / count));
        return ranges;
    }
}
