using System.Text.Json.Serialization;

namespace Kura.Policy.Conditions;

/// <summary>The right-hand side of a test: a literal or a parameter reference (<c>$name</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "operand")]
[JsonDerivedType(typeof(LiteralOperand), "literal")]
[JsonDerivedType(typeof(ParameterOperand), "param")]
public abstract record Operand;
