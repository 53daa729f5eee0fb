using System.Text;

namespace Kura.Detection;

/// <summary>
/// A column name prepared for keyword matching: NFKC-normalised (full-width letters and half-width
/// kana folded), lower-cased, with English words split at separators, case changes and script changes.
/// </summary>
internal sealed class ColumnName
{
    public ColumnName(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormKC).Trim();
        Lower = normalized.ToLowerInvariant();
        Compact = new string(Lower.Where(char.IsLetterOrDigit).ToArray());
        Tokens = Split(normalized);
    }

    /// <summary>Normalised, lower-cased name.</summary>
    public string Lower { get; }

    /// <summary>Letters and digits only: "Date of Birth" → "dateofbirth", "生年_月日" → "生年月日".</summary>
    public string Compact { get; }

    /// <summary>Lower-case words: "patientID" → patient, id; "患者ID" → 患者, id.</summary>
    public IReadOnlySet<string> Tokens { get; }

    private static HashSet<string> Split(string name)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        char previous = '\0';
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) || StartsWord(previous, c))
                Flush(tokens, current);
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            previous = c;
        }
        Flush(tokens, current);
        return tokens;
    }

    // A word starts at lower→upper ("birthDate") and where ASCII meets non-ASCII ("患者ID").
    private static bool StartsWord(char previous, char c) =>
        (char.IsLower(previous) && char.IsUpper(c)) ||
        (previous != '\0' && char.IsLetterOrDigit(previous) && char.IsAscii(previous) != char.IsAscii(c));

    private static void Flush(HashSet<string> tokens, StringBuilder current)
    {
        if (current.Length > 0) tokens.Add(current.ToString());
        current.Clear();
    }
}
