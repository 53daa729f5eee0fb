using System.Globalization;
using Kura.Core;

namespace Kura.Anonymity;

/// <summary>
/// The policy's ceiling on re-identification risk for an extract. The values come from the policy rule file;
/// this type only compares. Given as <see cref="AnonymizationSpec.RiskLimit"/>, the search itself keeps within it.
/// </summary>
/// <param name="Highest">Ceiling for the highest prosecutor and journalist risk, in (0, 1] (e.g. 0.2 for k = 5).</param>
/// <param name="Average">Ceiling for the average prosecutor and journalist risk and the marketer risk, in (0, 1].</param>
public sealed record RiskThreshold(double Highest, double Average)
{
    /// <summary>
    /// The smallest class size f whose highest risk 1/f is within <see cref="Highest"/> (compared as
    /// <see cref="EnsureWithin"/> compares): the k the ceiling implies, e.g. 5 for 0.2. At least 1.
    /// </summary>
    public int SmallestClass
    {
        get
        {
            if (!(Highest >= 1.0 / int.MaxValue)) return int.MaxValue;
            var f = (int)Math.Clamp(Math.Floor(1 / Highest), 1, int.MaxValue - 1);
            while (f > 1 && 1.0 / (f - 1) <= Highest) f--;
            while (1.0 / f > Highest) f++;
            return f;
        }
    }

    /// <summary>
    /// True when <paramref name="classes"/> released classes holding <paramref name="records"/> records have an average
    /// prosecutor risk J / n within <see cref="Average"/> (true when nothing is released). Journalist and marketer
    /// averages never exceed it (F_j ≥ f_j), so this bounds all three.
    /// </summary>
    public bool AverageWithin(int classes, int records) => records == 0 || (double)classes / records <= Average;

    /// <summary>Throws when <paramref name="report"/> exceeds either ceiling; the extract must then not be released.</summary>
    /// <exception cref="KuraException">KURA-ANON-RISK-EXCEEDED (refused by privacy).</exception>
    public void EnsureWithin(RiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var highest = Math.Max(report.ProsecutorHighest, report.JournalistHighest);
        var average = Math.Max(Math.Max(report.ProsecutorAverage, report.JournalistAverage), report.Marketer);
        if (highest <= Highest && average <= Average) return;
        throw KuraException.Privacy("KURA-ANON-RISK-EXCEEDED", string.Create(CultureInfo.InvariantCulture,
            $"Re-identification risk too high to release: highest {highest:0.####} (ceiling {Highest:0.####}), average {average:0.####} (ceiling {Average:0.####}). Raise k, add suppression or coarser hierarchies."));
    }
}
