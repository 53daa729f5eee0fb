using System.Numerics;

namespace Kura.Sql.Planning;

/// <summary>
/// How a clamped argument x ∈ [Lower, Upper] becomes an integer per row: v = round(x·Scale), or, centred,
/// v = 2·round(x·Scale) − (Lower+Upper)·Scale, so |v| ≤ <see cref="RowBound"/>.
/// </summary>
internal sealed record ValueEncoding(decimal Lower, decimal Upper, BigInteger Scale, bool Centered)
{
    public BigInteger ScaledLower => new(Lower * (decimal)Scale);

    public BigInteger ScaledUpper => new(Upper * (decimal)Scale);

    /// <summary>The largest |v| one row can contribute.</summary>
    public BigInteger RowBound => Centered
        ? ScaledUpper - ScaledLower
        : BigInteger.Max(BigInteger.Abs(ScaledLower), BigInteger.Abs(ScaledUpper));

    /// <summary>(Lower+Upper)·Scale: twice the scaled centre.</summary>
    public BigInteger TwiceCenter => ScaledLower + ScaledUpper;
}

/// <summary>Bins over [Lower, Upper]: unit bins at whole numbers, or equal-width bins.</summary>
internal sealed record HistogramEncoding(decimal Lower, decimal Upper, int Bins, bool UnitBins)
{
    /// <summary>The value at the lower edge of bin i (unit bins: the bin's whole number).</summary>
    public decimal Edge(int i) => UnitBins ? Lower + i : Lower + (Upper - Lower) * i / Bins;
}
