namespace Kura.Policy;

/// <summary>The result of evaluating a request, ordered from least to most restrictive.</summary>
public enum DecisionOutcome
{
    /// <summary>A rule allows it and every step is enforced by the engine.</summary>
    Allowed,
    /// <summary>A rule allows it once the listed steps are recorded or accepted.</summary>
    AllowedWithSteps,
    /// <summary>A deny rule fired, or no rule allows it.</summary>
    Denied,
}
