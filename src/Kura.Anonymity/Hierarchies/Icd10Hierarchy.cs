using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>
/// Builds ICD-10 hierarchies: code (e.g. <c>I21.4</c>) → three-character category (<c>I21</c>) → block
/// (<c>I20-I25</c>) → chapter (<c>IX I00-I99</c>) → <c>*</c>. Chapters and blocks follow WHO ICD-10 (2019);
/// a category outside every WHO block (national extensions) is placed in its chapter's range as block.
/// </summary>
public static class Icd10Hierarchy
{
    /// <summary>Builds a hierarchy over the distinct <paramref name="values"/>; dots, daggers and asterisks are ignored.</summary>
    /// <exception cref="KuraException">KURA-ANON-HIERARCHY-INPUT when a value does not start with a letter and two digits.</exception>
    public static Hierarchy Build(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var category = Category(value);
            var chapter = Icd10Table.ChapterOf(category);
            var block = chapter.Blocks.FirstOrDefault(b => b.Contains(category))?.Label ?? $"{chapter.First}-{chapter.Last}";
            rows.Add([value, category, block, chapter.Label, "*"]);
        }
        return Hierarchy.FromRows(rows);
    }

    private static string Category(string value)
    {
        var code = value.Trim().ToUpperInvariant();
        var ok = code.Length >= 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]);
        if (!ok)
        {
            throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                "An ICD-10 value does not start with a letter and two digits (e.g. I21 or I21.4); normalise the column or supply a hierarchy file.");
        }
        return code[..3];
    }
}
