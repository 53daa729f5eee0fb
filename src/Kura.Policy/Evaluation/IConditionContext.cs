namespace Kura.Policy;

/// <summary>What a condition is evaluated against: facts, parameter values and other rules' results.</summary>
internal interface IConditionContext
{
    /// <summary>The fact's value (<see cref="bool"/>, <see cref="long"/>, <see cref="string"/>, set of strings) or null when missing.</summary>
    object? Fact(string name);

    PolicyValue Parameter(string name);

    bool Fired(string ruleId);
}
