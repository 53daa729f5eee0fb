using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>Engine-kept record of the scope a project started with (not a policy step).</summary>
    private const string ScopeBaseline = "kura.scope";

    /// <summary>Engine-kept record that what the project can see changed; notices must not predate it.</summary>
    private const string ScopeChanged = "kura.scope-changed";

    private const string ProjectScopeChangedEntry = "project.scope_changed";

    /// <summary>Classes whose gain or loss changes what an approval covers; other reclassifications do not.</summary>
    private static readonly HashSet<ColumnClass> SensitiveClasses = [ColumnClass.SpecialCare, ColumnClass.Facial];

    /// <summary>
    /// The project's effective columns (with the class when it is special-care or facial),
    /// and the declared categories of its datasets. A new column is always a change, since its name
    /// alone can tag criminal or health data.
    /// </summary>
    private ProjectScope ScopeOf(Project project)
    {
        var entries = new List<string>();
        foreach (var dataset in project.Datasets.Select(RequireDataset))
        {
            foreach (var table in dataset.Tables)
                entries.AddRange(table.Columns.Where(c => IsGranted(project, table.Name, c.Name))
                    .Select(c => SensitiveClasses.Contains(c.Class) ? $"{dataset.Name}.{table.Name}.{c.Name}={c.Class}" : $"{dataset.Name}.{table.Name}.{c.Name}"));
            entries.AddRange(_catalog.DeclaredCategories(dataset.Name).Select(c => $"{dataset.Name}:category={c}"));
        }
        return new ProjectScope([.. entries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static bool IsGranted(Project project, string table, string column) =>
        project.GrantedColumns is null || project.GrantedColumns.Any(spec =>
        {
            var dot = spec.LastIndexOf('.');
            return string.Equals(spec[(dot + 1)..], column, StringComparison.OrdinalIgnoreCase)
                && (dot < 0 || string.Equals(spec[..dot], table, StringComparison.OrdinalIgnoreCase));
        });

    /// <summary>
    /// Compares what an open project can see now with what it saw when last recorded. When it changed
    /// (a new table or column, a reclassification, a new declared category) the approval and every
    /// pending endorsement lapse: the project returns to requested, a <c>project.scope_changed</c> entry
    /// records what changed, and notices published before now no longer count.
    /// </summary>
    private Project TrackScope(Project project)
    {
        if (!IsOpen(project)) return project;
        var scope = ScopeOf(project);
        var last = _catalog.StepEvidenceOf(project.Name).LastOrDefault(e => e.StepId is ScopeBaseline or ScopeChanged);
        if (last?.Value == scope.Hash) return project;
        var approved = project.Approvals.Select(a => ApprovalNote.Parse(a.Note).Scope).LastOrDefault(s => s is not null);
        if (last is null && (approved is null || approved == scope.Hash))
        {
            _catalog.AddStepEvidence(project.Name, new StepEvidence(ScopeBaseline, scope.Text, Actor, Now, scope.Hash));
            return project;
        }
        var (added, removed) = scope.Against(last?.Evidence ?? "");
        var reset = project with { Status = ProjectStatus.Requested, Approvals = [], ExpiresAt = null };
        _catalog.InTransaction(() =>
        {
            _catalog.AddStepEvidence(project.Name, new StepEvidence(ScopeChanged, scope.Text, Actor, Now, scope.Hash));
            _catalog.UpdateProject(reset);
            Record(ProjectScopeChangedEntry, new JsonObject
            {
                ["project"] = project.Name,
                ["was"] = StatusName(project),
                ["added"] = Strings(added),
                ["removed"] = Strings(removed),
                ["scope_sha256"] = scope.Hash,
            });
        });
        return reset;
    }

    /// <summary>When what the project can see last changed, or null when it never did since the request.</summary>
    private static DateTimeOffset? LastScopeChange(IEnumerable<StepEvidence> evidence) =>
        evidence.LastOrDefault(e => e.StepId == ScopeChanged)?.At;

    /// <summary>The engine's scope records, which are not steps a steward recorded.</summary>
    private static bool IsScopeRecord(StepEvidence evidence) => evidence.StepId is ScopeBaseline or ScopeChanged;

    /// <summary>What an approval is given for: policy, regime, outcome and the rules that fired.</summary>
    private static string DecisionKey(PolicyDecision decision) =>
        $"{decision.PolicyHash}|{decision.Regime}|{decision.Outcome}|{string.Join(",", decision.RuleIds)}";
}
