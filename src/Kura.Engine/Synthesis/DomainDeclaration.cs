using System.Globalization;
using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Engine.Synthesis;

/// <summary>
/// A declared public domain for a synthesised column: either a list of categorical values (typed, or the leaf level of
/// a hierarchy file) or numeric bins <c>LOW:HIGH:WIDTH</c>. Never read off the data. Immutable.
/// </summary>
public sealed record DomainDeclaration
{
    private DomainDeclaration(IReadOnlyList<string>? values, string? bins)
    {
        Values = values;
        Bins = bins;
    }

    /// <summary>The declared values in order, or null for bins.</summary>
    public IReadOnlyList<string>? Values { get; }

    /// <summary>The bins as <c>LOW:HIGH:WIDTH</c> (invariant culture), or null for a value list.</summary>
    public string? Bins { get; }

    /// <summary>A value list (at least one value; duplicates are refused when the domain is built).</summary>
    public static DomainDeclaration OfValues(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Count == 0 || list.Any(string.IsNullOrEmpty))
            throw KuraException.BadInput("KURA-SYNTH-DOMAIN-EMPTY", "A declared value list needs at least one value and no empty value.");
        return new DomainDeclaration(list, null);
    }

    /// <summary>Numeric bins <c>LOW:HIGH:WIDTH</c>, e.g. <c>0:100:10</c>; checked at once.</summary>
    public static DomainDeclaration OfBins(string specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var bins = NumericBinDomain.Parse("column", specification.Trim());
        return new DomainDeclaration(null, string.Create(CultureInfo.InvariantCulture, $"{bins.Low}:{bins.High}:{bins.Width}"));
    }

    /// <summary>The leaf level (first <c>;</c>-separated field of every line) of a hierarchy file's text.</summary>
    public static DomainDeclaration OfHierarchy(string column, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return OfValues(HierarchyLeaves.Read(column, reader).Values);
    }

    /// <summary>
    /// The <c>kura synth domain</c> form: <c>LOW:HIGH:WIDTH</c> (three numbers) is bins, anything else a
    /// comma-separated value list (values trimmed). A file (<c>@FILE</c>) is read by the host and given to <see cref="OfHierarchy"/>.
    /// </summary>
    public static DomainDeclaration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length == 3 && parts.All(p => decimal.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            return OfBins(text);
        return OfValues(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True for numeric bins.</summary>
    public bool IsBins => Bins is not null;

    /// <summary>
    /// The domain for column <paramref name="name"/>. A value list gets an "other" bucket labelled
    /// <paramref name="otherLabel"/> (when not null and not itself a declared value) that receives every undeclared value.
    /// </summary>
    public SynthesisDomain ToDomain(string name, string? otherLabel) => Bins is { } bins
        ? NumericBinDomain.Parse(name, bins)
        : new CategoricalDomain(name, Values!, otherLabel is not null && !Values!.Contains(otherLabel, StringComparer.Ordinal) ? otherLabel : null);

    /// <summary>"values" or "bins", as the manifest and the ledger name the kind.</summary>
    public string Kind => IsBins ? "bins" : "values";

    public override string ToString() => Bins ?? $"{Values!.Count} values";
}
