namespace Kura.Anonymity;

/// <summary>
/// t-closeness with equal ground distance (Li, Li &amp; Venkatasubramanian 2007): in every released class the earth
/// mover's distance between the column's distribution and its distribution in the whole table, which for equal
/// distances is ½·Σ|p − q|, is at most <paramref name="T"/>.
/// </summary>
/// <param name="Column">Sensitive column.</param>
/// <param name="T">Threshold in (0, 1].</param>
public sealed record TCloseness(string Column, double T) : SensitiveCriterion(Column);
