namespace Kura.Anonymity;

/// <summary>
/// Entropy l-diversity (Machanavajjhala et al. 2007): in every released class the entropy of the column's values,
/// −Σ p·ln p, is at least ln <paramref name="L"/>.
/// </summary>
/// <param name="Column">Sensitive column.</param>
/// <param name="L">Diversity, &gt; 1 (need not be whole).</param>
public sealed record EntropyLDiversity(string Column, double L) : SensitiveCriterion(Column);
