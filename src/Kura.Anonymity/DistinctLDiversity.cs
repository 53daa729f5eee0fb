namespace Kura.Anonymity;

/// <summary>Distinct l-diversity (Machanavajjhala et al. 2007): every released class holds at least <paramref name="L"/> distinct values of the column.</summary>
/// <param name="Column">Sensitive column.</param>
/// <param name="L">Minimum number of distinct values, ≥ 2.</param>
public sealed record DistinctLDiversity(string Column, int L) : SensitiveCriterion(Column);
