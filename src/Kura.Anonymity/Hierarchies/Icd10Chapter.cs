namespace Kura.Anonymity.Hierarchies;

/// <summary>An ICD-10 chapter: roman numeral, first and last category, and its blocks.</summary>
internal sealed record Icd10Chapter(string Numeral, string First, string Last, IReadOnlyList<Icd10Block> Blocks)
{
    /// <summary>Label used at the chapter level, e.g. <c>IX I00-I99</c>.</summary>
    public string Label => $"{Numeral} {First}-{Last}";
}
