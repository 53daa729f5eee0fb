using System.Text;

namespace Kura.Detection;

/// <summary>
/// The value rules for direct identifiers and identification codes, one value at a time, for checking what an extract
/// is about to release: My Numbers with a valid check digit, e-mail addresses and Japanese phone numbers (whole values,
/// NFKC-normalised and trimmed). Pure and thread-safe.
/// </summary>
public static class IdentifierValues
{
    /// <summary>What <paramref name="value"/> is, as a plural label (e.g. "My Numbers (identification codes)"), or null when none.</summary>
    public static string? Recognize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!MayBeIdentifier(value)) return null;
        var text = (value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC)).Trim();
        if (ValuePatterns.IsMyNumber(text)) return "My Numbers (identification codes)";
        if (ValuePatterns.IsEmail(text)) return "e-mail addresses";
        return ValuePatterns.IsPhone(text) ? "phone numbers" : null;
    }

    // Every rule needs a digit or an at sign (half- or full-width); most category values have neither.
    private static bool MayBeIdentifier(ReadOnlySpan<char> value) =>
        value.IndexOfAnyInRange('0', '9') >= 0 || value.IndexOfAnyInRange('０', '９') >= 0 || value.IndexOfAny('@', '＠') >= 0;
}
