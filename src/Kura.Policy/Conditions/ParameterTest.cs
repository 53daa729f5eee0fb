namespace Kura.Policy.Conditions;

/// <summary>Compares a parameter with a literal, for example <c>{param: stat.mode, eq: strict}</c>.</summary>
public sealed record ParameterTest(string Parameter, Comparison Op, Operand Operand) : Condition;
