using Kura.Core;
using Kura.Engine.Policy;
using Kura.Policy;

namespace Kura.Engine.Projects;

/// <summary>A project with the policy's current decision on it and the step evidence recorded so far.</summary>
/// <param name="Project">The project as stored.</param>
/// <param name="Decision">The latest decision (every rule that fired, steps and their state, exclusions, parameters).</param>
/// <param name="Evidence">Step evidence recorded by stewards, oldest first.</param>
public sealed record ProjectReview(Project Project, PolicyDecision Decision, IReadOnlyList<StepEvidence> Evidence)
{
    /// <summary>True when the policy refused the request (an ineligible purpose, a prohibited release).</summary>
    public bool Refused => Decision.Outcome == DecisionOutcome.Denied;

    /// <summary>Ids of the rules that refused it (empty unless refused).</summary>
    public IReadOnlyList<string> RefusingRuleIds =>
        [.. Decision.ReleaseKinds.SelectMany(k => k.DenyRuleIds).Distinct()];
}
