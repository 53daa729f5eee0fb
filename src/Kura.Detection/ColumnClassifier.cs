using Kura.Core;

namespace Kura.Detection;

/// <summary>
/// Proposes an APPI class for a column from its name (Japanese and English keywords) and from a
/// sample of its values (My Number check digits, phone, postal, e-mail, birth dates incl. era
/// dates, ICD-10, image references …). When name and values disagree, strong value evidence for
/// a stricter class wins; otherwise the name does. Pure and thread-safe; never calls a network.
/// </summary>
public static class ColumnClassifier
{
    /// <summary>A sample size that makes value rules reliable; more adds little.</summary>
    public const int RecommendedSampleSize = 200;

    /// <summary>Value evidence at least this confident may override the name with a stricter class.</summary>
    public const double OverrideConfidence = 0.8;

    private const double NoEvidenceConfidence = 0.5;

    /// <summary>Classifies one column.</summary>
    /// <param name="columnName">Header as imported (any script, any case).</param>
    /// <param name="sampleValues">Values sampled from the column as text; nulls and blanks are ignored.</param>
    public static ColumnProposal Classify(string columnName, IReadOnlyList<string?> sampleValues)
    {
        ArgumentNullException.ThrowIfNull(columnName);
        ArgumentNullException.ThrowIfNull(sampleValues);
        var byName = NameRules.Match(new ColumnName(columnName));
        var byValues = ValueRules.Match(new SampleSet(sampleValues));
        return (byName, byValues) switch
        {
            (null, null) => new ColumnProposal(ColumnClass.Ordinary, false, NoEvidenceConfidence, EvidenceSource.None,
                "no name keyword or value pattern matched → ordinary"),
            ({ } name, null) => Propose(name, EvidenceSource.Name),
            (null, { } values) => Propose(values, EvidenceSource.Values),
            ({ } name, { } values) => Combine(name, values),
        };
    }

    private static ColumnProposal Combine(Evidence name, Evidence values)
    {
        if (name.Class == values.Class)
        {
            var confidence = Math.Min(0.99, 1 - (1 - name.Confidence) * (1 - values.Confidence));
            return new ColumnProposal(name.Class, name.IsSubjectAge || values.IsSubjectAge, Math.Round(confidence, 2),
                EvidenceSource.NameAndValues, $"{Capitalize(name.Explanation)}; {values.Explanation}");
        }
        if (values.Confidence >= OverrideConfidence && values.Severity > name.Severity)
            return new ColumnProposal(values.Class, values.IsSubjectAge, values.Confidence, EvidenceSource.Values,
                $"{Capitalize(values.Explanation)}; this overrides the name rule ({name.Explanation})");
        return new ColumnProposal(name.Class, name.IsSubjectAge, Math.Round(name.Confidence * 0.9, 2), EvidenceSource.Name,
            $"{Capitalize(name.Explanation)}; values disagree ({values.Explanation}), please check");
    }

    private static ColumnProposal Propose(Evidence evidence, EvidenceSource source) =>
        new(evidence.Class, evidence.IsSubjectAge, evidence.Confidence, source, Capitalize(evidence.Explanation));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
