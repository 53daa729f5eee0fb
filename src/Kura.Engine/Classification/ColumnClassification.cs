using Kura.Core;

namespace Kura.Engine.Classification;

/// <summary>One column's class as proposed by the classifier and as currently recorded.</summary>
/// <param name="Table">Table of the column.</param>
/// <param name="Column">Column as recorded after this run.</param>
/// <param name="Proposed">The classifier's proposal.</param>
/// <param name="ProposedSubjectAge">Whether the classifier thinks the column gives the subject's birth date or age.</param>
/// <param name="Confidence">0 (guess) to 1.</param>
/// <param name="Reason">Which rule matched; never a value.</param>
public sealed record ColumnClassification(string Table, Column Column, ColumnClass Proposed, bool ProposedSubjectAge, double Confidence, string Reason);
