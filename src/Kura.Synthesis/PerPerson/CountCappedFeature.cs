using System.Globalization;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.PerPerson;

/// <summary>
/// How many of the person's rows match <see cref="Filter"/>, capped at <see cref="Cap"/> (e.g. claims per ICD-10
/// chapter). Domain: "0" … "Cap", where "Cap" means Cap or more.
/// </summary>
public sealed record CountCappedFeature : PersonFeature
{
    /// <summary>Largest cap allowed.</summary>
    public const int MaxCap = 1_000;

    public CountCappedFeature(string name, RowFilter filter, int cap)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cap, MaxCap);
        Filter = filter;
        Cap = cap;
        Domain = new CategoricalDomain(name, Enumerable.Range(0, cap + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Which rows count.</summary>
    public RowFilter Filter { get; }

    /// <summary>Upper bound on the count (1 – <see cref="MaxCap"/>).</summary>
    public int Cap { get; }

    public override SynthesisDomain Domain { get; }

    /// <summary>min(count, Cap), the value the engine stores for a person with <paramref name="count"/> matching rows.</summary>
    public int Capped(long count) => (int)Math.Clamp(count, 0, Cap);
}
