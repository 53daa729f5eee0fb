using System.Globalization;
using Kura.Core;

namespace Kura.Anonymity;

/// <summary>
/// The policy's ceiling on re-identification risk for an extract. The values come from the policy rule file;
/// this type only compares.
/// </summary>
/// <param name="Highest">Ceiling for the highest prosecutor and journalist risk, in (0, 1] (e.g. 0.2 for k = 5).</param>
/// <param name="Average">Ceiling for the average prosecutor and journalist risk and the marketer risk, in (0, 1].</param>
public sealed record RiskThreshold(double Highest, double Average)
{
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
