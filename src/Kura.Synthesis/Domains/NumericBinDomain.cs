using System.Globalization;
using Kura.Core;

namespace Kura.Synthesis.Domains;

/// <summary>
/// Numeric bins [low + i·width, low + (i+1)·width) covering [<see cref="Low"/>, <see cref="High"/>]; the last bin
/// also holds <see cref="High"/> and is cut at it. Values below Low are clamped into the first bin, values above
/// High into the last. Declared as <c>LOW:HIGH:WIDTH</c>, e.g. <c>15:95:5</c> for 5-year age bands.
/// </summary>
public sealed class NumericBinDomain : SynthesisDomain
{
    /// <summary>Most bins a declaration may produce; keeps marginal tables small.</summary>
    public const int MaxBins = 10_000;

    public NumericBinDomain(string column, decimal low, decimal high, decimal width)
        : base(column)
    {
        if (width <= 0 || high <= low)
            throw KuraException.BadInput("KURA-SYNTH-BINS-INVALID",
                $"Bins of column '{column}' need LOW < HIGH and WIDTH > 0 (got {low}:{high}:{width}); declare them as --bins {column}=LOW:HIGH:WIDTH.");
        var count = decimal.Ceiling((high - low) / width);
        if (count > MaxBins)
            throw KuraException.BadInput("KURA-SYNTH-BINS-INVALID", $"Bins of column '{column}' would make {count} bins; at most {MaxBins} are allowed, use a wider WIDTH.");
        Low = low;
        High = high;
        Width = width;
        Size = (int)count;
    }

    /// <summary>Lower bound of the first bin.</summary>
    public decimal Low { get; }

    /// <summary>Upper bound (inclusive) of the last bin.</summary>
    public decimal High { get; }

    /// <summary>Width of every bin but possibly the last, which is cut at <see cref="High"/>.</summary>
    public decimal Width { get; }

    public override int Size { get; }

    /// <summary>Parses <c>LOW:HIGH:WIDTH</c> (invariant culture), e.g. <c>15:95:5</c>.</summary>
    public static NumericBinDomain Parse(string column, string specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var parts = specification.Split(':');
        if (parts.Length == 3
            && TryNumber(parts[0], out var low) && TryNumber(parts[1], out var high) && TryNumber(parts[2], out var width))
            return new NumericBinDomain(column, low, high, width);
        throw KuraException.BadInput("KURA-SYNTH-BINS-INVALID",
            $"Bins of column '{column}' must be written LOW:HIGH:WIDTH with three numbers, e.g. --bins {column}=15:95:5.");
    }

    /// <summary>The bin of a number, clamped into the end bins.</summary>
    public int BinOf(decimal value)
    {
        if (value <= Low)
            return 0;
        if (value >= High)
            return Size - 1;
        return Math.Min(Size - 1, (int)decimal.Floor((value - Low) / Width));
    }

    /// <summary>"[lower, upper)" for every bin but the last, which is "[lower, High]".</summary>
    public override string Label(int code)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(code, Size);
        var lower = Low + code * Width;
        var last = code == Size - 1;
        var upper = last ? High : lower + Width;
        return string.Create(CultureInfo.InvariantCulture, $"[{lower}, {upper}{(last ? "]" : ")")}");
    }

    public override bool TryEncode(string? raw, out int code)
    {
        code = -1;
        if (!TryNumber(raw, out var value))
            return false;
        code = BinOf(value);
        return true;
    }

    private static bool TryNumber(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
