using Kura.Synthesis.Domains;

namespace Kura.Synthesis.PerPerson;

/// <summary>
/// The person's value of <see cref="Column"/>, a column constant per person (sex, prefecture, age band); when rows
/// disagree the engine takes the value of the person's earliest row. Encoded by <see cref="Domain"/>.
/// </summary>
public sealed record CategoryOfFeature : PersonFeature
{
    public CategoryOfFeature(string name, string column, SynthesisDomain domain)
        : base(name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentNullException.ThrowIfNull(domain);
        Column = column;
        Domain = domain;
    }

    /// <summary>Source column in the row-level table.</summary>
    public string Column { get; }

    public override SynthesisDomain Domain { get; }
}
