using Kura.Synthesis.Domains;

namespace Kura.Synthesis.PerPerson;

/// <summary>
/// One column of the one-row-per-person table that <c>--per-person</c> synthesises from, described without SQL so the
/// engine can translate it for its backend. Every feature carries its declared <see cref="Domain"/>, so the
/// per-person table encodes like any other and the guarantee is per person.
/// </summary>
public abstract record PersonFeature
{
    private protected PersonFeature(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Column name in the per-person table.</summary>
    public string Name { get; }

    /// <summary>The feature's public domain.</summary>
    public abstract SynthesisDomain Domain { get; }
}
