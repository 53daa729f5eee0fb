using Kura.Core;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of a project.</summary>
internal sealed record ProjectView(
    string Name, string Organization, string Purpose, IReadOnlyList<string> Datasets, decimal BudgetEpsilon, decimal BudgetDelta,
    ProjectStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, IReadOnlyList<Approval> Approvals)
{
    public static ProjectView From(Project p) => new(p.Name, p.Organization, p.Purpose.ToName(), p.Datasets, p.Budget.Epsilon,
        p.Budget.Delta, p.Status, p.CreatedAt, p.ExpiresAt, p.Approvals);
}
