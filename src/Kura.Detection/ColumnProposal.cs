using Kura.Core;

namespace Kura.Detection;

/// <summary>
/// The classifier's proposal for one column, for a steward to confirm or override.
/// <see cref="Reason"/> names the rules that matched and counts of matching samples; it never
/// contains a sampled value.
/// </summary>
/// <param name="Class">Proposed APPI class.</param>
/// <param name="IsSubjectAge">True when the column seems to give the subject's birth date or age.</param>
/// <param name="Confidence">How sure the rules are, 0 (guess) to 1; below 0.6 deserves a close look.</param>
/// <param name="Source">Which evidence decided the proposal.</param>
/// <param name="Reason">Human-readable explanation citing the matched keyword or value pattern.</param>
public sealed record ColumnProposal(
    ColumnClass Class,
    bool IsSubjectAge,
    double Confidence,
    EvidenceSource Source,
    string Reason);
