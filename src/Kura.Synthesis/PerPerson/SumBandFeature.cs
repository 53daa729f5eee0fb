using Kura.Synthesis.Domains;

namespace Kura.Synthesis.PerPerson;

/// <summary>
/// The total of numeric <see cref="Column"/> over the person's rows (e.g. total cost), put into <see cref="Bands"/>;
/// totals outside the bounds are clamped into the end bands. A person with no rows totals 0.
/// </summary>
public sealed record SumBandFeature : PersonFeature
{
    public SumBandFeature(string name, string column, NumericBinDomain bands)
        : base(name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentNullException.ThrowIfNull(bands);
        if (!string.Equals(bands.Column, name, StringComparison.Ordinal))
            throw new ArgumentException("The bands must be declared for the feature's name.", nameof(bands));
        Column = column;
        Bands = bands;
    }

    /// <summary>Numeric source column in the row-level table.</summary>
    public string Column { get; }

    /// <summary>Declared bands of the total.</summary>
    public NumericBinDomain Bands { get; }

    public override SynthesisDomain Domain => Bands;
}
