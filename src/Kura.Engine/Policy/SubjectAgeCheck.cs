namespace Kura.Engine.Policy;

/// <summary>
/// The vault's youngest subject in one age column, for the steward to compare with a declaration.
/// Steward-facing only: it is read from the rows, so it never feeds a decision or a refusal.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Column">The subject-age or birth-date column.</param>
/// <param name="YoungestAge">The youngest subject's age in whole years today (JST), or null when the column holds no value.</param>
public sealed record SubjectAgeCheck(string Table, string Column, long? YoungestAge);
