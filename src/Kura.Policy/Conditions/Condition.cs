using System.Text.Json.Serialization;

namespace Kura.Policy.Conditions;

/// <summary>
/// A declarative test over a request's facts, as written in the policy file:
/// <c>all</c>/<c>any</c>/<c>not</c> trees of fact, parameter and fired-rule tests.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "node")]
[JsonDerivedType(typeof(AllOf), "all")]
[JsonDerivedType(typeof(AnyOf), "any")]
[JsonDerivedType(typeof(Not), "not")]
[JsonDerivedType(typeof(FactTest), "fact")]
[JsonDerivedType(typeof(ParameterTest), "param")]
[JsonDerivedType(typeof(FiredTest), "fired")]
public abstract record Condition
{
    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<Condition> Walk()
    {
        yield return this;
        foreach (var child in Children())
            foreach (var node in child.Walk())
                yield return node;
    }

    protected virtual IEnumerable<Condition> Children() => [];
}
