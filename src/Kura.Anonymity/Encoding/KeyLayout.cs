using System.Numerics;
using Kura.Core;

namespace Kura.Anonymity.Encoding;

/// <summary>
/// Bit layout of a packed class key: one field per quasi-identifier (its label code at the node's level),
/// then one field per sensitive column (its value code, never generalised). Fields are sized for level 0.
/// </summary>
internal sealed class KeyLayout
{
    public KeyLayout(IReadOnlyList<int> qiDomains, IReadOnlyList<int> sensitiveDomains)
    {
        var count = qiDomains.Count + sensitiveDomains.Count;
        Shifts = new int[count];
        Widths = new int[count];
        var shift = 0;
        for (var i = 0; i < count; i++)
        {
            var domain = i < qiDomains.Count ? qiDomains[i] : sensitiveDomains[i - qiDomains.Count];
            Widths[i] = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(domain - 1, 0)));
            Shifts[i] = shift;
            shift += Widths[i];
        }
        QiCount = qiDomains.Count;
        TotalBits = shift;
        if (TotalBits > 128)
        {
            throw KuraException.BadInput("KURA-ANON-TOO-WIDE",
                $"The quasi-identifiers and sensitive columns need {TotalBits} bits per record key, more than the 128 supported; use fewer columns or coarser hierarchies.");
        }
    }

    /// <summary>Number of quasi-identifier fields (the first fields).</summary>
    public int QiCount { get; }

    /// <summary>Bit offset of each field.</summary>
    public int[] Shifts { get; }

    /// <summary>Bit width of each field.</summary>
    public int[] Widths { get; }

    /// <summary>Bits used by all fields.</summary>
    public int TotalBits { get; }

    /// <summary>Mask of a field's value after shifting it down.</summary>
    public int FieldMask(int field) => (int)((1L << Widths[field]) - 1);

    /// <summary>Bits of the quasi-identifier fields only.</summary>
    public int QiBits => QiCount == Shifts.Length ? TotalBits : Shifts[QiCount];
}
