using System.Text;
using Kura.Core;

namespace Kura.Engine.Projects;

/// <summary>
/// The one spelling of a steward's name Kura compares and records: Unicode NFKC, trimmed, inner
/// white space collapsed and case-folded, so "sato", " SATO " and full-width "ｓａｔｏ" are one steward.
/// Names are claims, not identities: Kura has no authentication until a server provides it.
/// </summary>
public static class StewardName
{
    /// <summary>The normalised name; throws <c>KURA-STEWARD-NAME</c> when nothing is left.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = string.Join(' ', name.Normalize(NormalizationForm.FormKC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
        return folded.Length > 0 && folded.Length <= 128 && !folded.Any(char.IsControl) ? folded
            : throw KuraException.BadInput("KURA-STEWARD-NAME", "A steward name must have 1–128 visible characters (pass --steward NAME).");
    }
}
