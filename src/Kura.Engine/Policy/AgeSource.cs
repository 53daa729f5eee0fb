namespace Kura.Engine.Policy;

/// <summary>Where a subject's age comes from: an age column in whole years, or a birth-date column.</summary>
/// <param name="Table">The table holding the column.</param>
/// <param name="Column">The column (flagged as the subject's age by a steward or the classifier).</param>
/// <param name="IsBirthDate">True for a birth date (age counted on the Japan calendar date of the decision), false for an age in years.</param>
public sealed record AgeSource(string Table, string Column, bool IsBirthDate);
