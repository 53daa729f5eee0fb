namespace Kura.Policy.Conditions;

/// <summary>A literal written in the policy file.</summary>
public sealed record LiteralOperand(PolicyValue Value) : Operand;
