namespace Kura.Anonymity.Hierarchies;

/// <summary>An ICD-10 block: first and last three-character category.</summary>
internal sealed record Icd10Block(string First, string Last)
{
    /// <summary>Label used at the block level, e.g. <c>I20-I25</c> or <c>C50</c>.</summary>
    public string Label => First == Last ? First : $"{First}-{Last}";

    /// <summary>True when the block covers <paramref name="category"/>.</summary>
    public bool Contains(string category) =>
        string.CompareOrdinal(First, category) <= 0 && string.CompareOrdinal(category, Last) <= 0;
}
