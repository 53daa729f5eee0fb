using Kura.Core;

namespace Kura.Detection;

/// <summary>
/// A keyword rule on column names. Japanese keywords match anywhere in the name (compact or not, so symbols such as 〒 count); English
/// words match whole tokens; English compounds match anywhere in the compact name; exact names
/// match the whole compact name only.
/// </summary>
internal sealed record NameRule(
    string Label,
    ColumnClass Class,
    bool IsSubjectAge,
    double Confidence,
    string[] Japanese,
    string[] EnglishWords,
    string[] EnglishCompounds,
    string[]? ExactNames = null)
{
    /// <summary>The keyword that matched, or null.</summary>
    public string? Match(ColumnName name)
    {
        foreach (var exact in ExactNames ?? [])
            if (name.Compact == exact) return exact;
        foreach (var keyword in Japanese)
            if (name.Compact.Contains(keyword, StringComparison.Ordinal) || name.Lower.Contains(keyword, StringComparison.Ordinal))
                return keyword;
        foreach (var word in EnglishWords)
            if (name.Tokens.Contains(word)) return word;
        foreach (var compound in EnglishCompounds)
            if (name.Compact.Contains(compound, StringComparison.Ordinal)) return compound;
        return null;
    }
}
