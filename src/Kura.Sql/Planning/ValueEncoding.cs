using System.Numerics;

namespace Kura.Sql.Planning;

/// <summary>
/// How a clamped argument x ∈ [Lower, Upper] becomes an integer per row: r = round(x·Scale) limited to
/// [<see cref="ScaledLower"/>, <see cref="ScaledUpper"/>] = [⌊Lower·Scale⌋, ⌈Upper·Scale⌉], then v = r or, centred,
/// v = 2·r − (ScaledLower + ScaledUpper), so |v| ≤ <see cref="RowBound"/> whatever the rounding did
/// (docs/proofs/RankBounding.md). The backend SQL applies the same integer limits after rounding.
/// </summary>
internal sealed record ValueEncoding(decimal Lower, decimal Upper, BigInteger Scale, bool Centered)
{
    /// <summary>⌊Lower·Scale⌋: the smallest integer a row can contribute before centring.</summary>
    public BigInteger ScaledLower => new(Math.Floor(Lower * (decimal)Scale));

    /// <summary>⌈Upper·Scale⌉: the largest integer a row can contribute before centring.</summary>
    public BigInteger ScaledUpper => new(Math.Ceiling(Upper * (decimal)Scale));

    /// <summary>The largest |v| one row can contribute.</summary>
    public BigInteger RowBound => Centered
        ? ScaledUpper - ScaledLower
        : BigInteger.Max(BigInteger.Abs(ScaledLower), BigInteger.Abs(ScaledUpper));

    /// <summary>ScaledLower + ScaledUpper: twice the centre of the scaled range.</summary>
    public BigInteger TwiceCenter => ScaledLower + ScaledUpper;
}

/// <summary>Bins over [Lower, Upper]: unit bins at whole numbers, or equal-width bins.</summary>
internal sealed record HistogramEncoding(decimal Lower, decimal Upper, int Bins, bool UnitBins)
{
    /// <summary>The value at the lower edge of bin i (unit bins: the bin's whole number).</summary>
    public decimal Edge(int i) => UnitBins ? Lower + i : Lower + (Upper - Lower) * i / Bins;
}
