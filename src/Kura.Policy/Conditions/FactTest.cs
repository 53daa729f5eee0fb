namespace Kura.Policy.Conditions;

/// <summary>
/// Compares a fact of the request with an operand, for example
/// <c>{fact: incident.distinctPersons, gt: $breach.personThreshold}</c>. A comparison with a
/// missing fact is false; only <c>exists: false</c> holds for it.
/// </summary>
public sealed record FactTest(string Fact, Comparison Op, Operand Operand) : Condition;
