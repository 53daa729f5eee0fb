using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Policy;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of a project with its decision and step evidence.</summary>
internal sealed record ProjectReviewView(ProjectView Project, PolicyDecision Decision, IReadOnlyList<StepEvidence> Evidence, IReadOnlyList<string> RefusingRuleIds)
{
    public static ProjectReviewView From(ProjectReview r) => new(ProjectView.From(r.Project), r.Decision, r.Evidence, r.RefusingRuleIds);
}
