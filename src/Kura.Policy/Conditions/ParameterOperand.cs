namespace Kura.Policy.Conditions;

/// <summary>A reference to a policy parameter, written <c>$name</c>; its current value is used.</summary>
public sealed record ParameterOperand(string Name) : Operand;
