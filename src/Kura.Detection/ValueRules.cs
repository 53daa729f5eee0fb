using Kura.Core;

namespace Kura.Detection;

/// <summary>Value rules in precedence order (most specific first); the first that holds is the value evidence.</summary>
internal static class ValueRules
{
    private const ColumnClass Direct = ColumnClass.DirectIdentifier;
    private const ColumnClass Quasi = ColumnClass.QuasiIdentifier;
    private const ColumnClass Sensitive = ColumnClass.SpecialCare;

    private static readonly ValueRule[] Before =
    [
        new("My Numbers with a valid check digit", Direct, false, 0.95, 0.9, ValuePatterns.IsMyNumber),
        new("e-mail addresses", Direct, false, 0.95, 0.8, ValuePatterns.IsEmail),
        new("Japanese phone numbers", Direct, false, 0.9, 0.8, ValuePatterns.IsPhone),
        new("postal codes (NNN-NNNN)", Quasi, false, 0.85, 0.8, ValuePatterns.IsPostalCode),
        new("ICD-10 codes", Sensitive, false, 0.85, 0.8, ValuePatterns.IsIcd10Code),
    ];

    private static readonly ValueRule[] After =
    [
        new("image references", ColumnClass.Facial, false, 0.6, 0.8, ValuePatterns.IsImageReference),
        new("sex values", Quasi, false, 0.8, 0.95, ValuePatterns.IsSex),
        new("prefecture names", Quasi, false, 0.85, 0.9, ValuePatterns.IsPrefecture),
        new("katakana personal names", Direct, false, 0.75, 0.8, ValuePatterns.IsKatakanaName),
        new("kanji personal names (surname, space, given name)", Direct, false, 0.65, 0.8, ValuePatterns.IsKanjiName),
        new("municipality names", Quasi, false, 0.7, 0.8, ValuePatterns.IsMunicipality),
        new("drug names", Sensitive, false, 0.7, 0.6, ValuePatterns.IsDrugName),
        new("diagnosis names", Sensitive, false, 0.7, 0.6, ValuePatterns.IsDiagnosisTerm),
    ];

    /// <summary>The first matching value rule as evidence, or null (also when there are too few samples).</summary>
    public static Evidence? Match(SampleSet samples)
    {
        if (samples.Count < SampleSet.MinimumForEvidence) return null;
        foreach (var rule in Before)
            if (rule.Evaluate(samples) is { } evidence) return evidence;
        if (BirthDateRule.Evaluate(samples) is { } birth) return birth;
        foreach (var rule in After)
            if (rule.Evaluate(samples) is { } evidence) return evidence;
        return null;
    }
}
