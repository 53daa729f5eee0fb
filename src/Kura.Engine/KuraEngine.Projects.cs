using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;
using Kura.Engine.Projects;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>Default approval lifetime when the steward gives none.</summary>
    public static readonly TimeSpan DefaultApprovalLifetime = TimeSpan.FromDays(365);

    /// <summary>Records a project request. Ineligible purposes are recorded too; they can never be approved.</summary>
    public Project CreateProject(ProjectRequest request)
    {
        ValidateName(request.Name, "project");
        if (request.Datasets.Count == 0)
            throw KuraException.BadInput("KURA-PROJECT-NO-DATASET", "A project needs at least one dataset: pass --dataset NAME.");
        foreach (var dataset in request.Datasets) RequireDataset(dataset);
        var project = new Project(request.Name, request.Organization, request.Purpose, request.Datasets, request.Budget,
            ProjectStatus.Requested, Now, [], null,
            request.ReleaseKinds ?? [ReleaseKind.DpQuery], request.GrantedColumns, request.Justification);
        _catalog.InTransaction(() =>
        {
            _catalog.CreateProject(project);
            Record(LedgerEntryTypes.ProjectRequested, ProjectPayload(project));
        });
        return project;
    }

    /// <summary>A steward approves a requested project; the approval expires after <paramref name="lifetime"/>.</summary>
    public Project ApproveProject(string name, string steward, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(steward);
        var project = RequireProject(name);
        if (project.Status == ProjectStatus.Approved)
            throw KuraException.Conflict("KURA-PROJECT-ALREADY-APPROVED", $"Project '{name}' is already approved.");
        if (project.Status is ProjectStatus.Revoked or ProjectStatus.Rejected)
            throw KuraException.Conflict("KURA-PROJECT-CLOSED", $"Project '{name}' was {project.Status.ToString().ToLowerInvariant()}; open a new project instead.");
        if (!IsEligible(project.Purpose))
            throw KuraException.Policy("KURA-PURPOSE-INELIGIBLE",
                $"Project '{name}' declares purpose '{project.Purpose.ToName()}', which is never eligible for use without consent (APPI-PUR-01, AMD-STAT-01). It stays recorded but cannot be approved.");
        var approved = project with
        {
            Status = ProjectStatus.Approved,
            Approvals = [.. project.Approvals, new Approval(steward, Now)],
            ExpiresAt = Now + (lifetime ?? DefaultApprovalLifetime),
        };
        _catalog.InTransaction(() =>
        {
            _catalog.UpdateProject(approved);
            Record(LedgerEntryTypes.ProjectApproved, new JsonObject
            {
                ["project"] = name,
                ["steward"] = steward,
                ["expires_at"] = approved.ExpiresAt!.Value.ToString("O"),
            });
        });
        return approved;
    }

    public Project ShowProject(string name) => RequireProject(name);

    public IReadOnlyList<Project> ListProjects() => _catalog.ListProjects();

    private static JsonObject ProjectPayload(Project p) => new()
    {
        ["project"] = p.Name,
        ["organization"] = p.Organization,
        ["purpose"] = p.Purpose.ToName(),
        ["datasets"] = new JsonArray(p.Datasets.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray()),
        ["release_kinds"] = new JsonArray((p.ReleaseKinds ?? []).Select(k => (JsonNode)JsonValue.Create(k.ToString())!).ToArray()),
        ["budget_epsilon"] = p.Budget.Epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["budget_delta"] = p.Budget.Delta.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static bool IsEligible(Purpose purpose) => purpose is not (Purpose.IndividualDecision or Purpose.Marketing);

    private static void ValidateName(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 63 || !name.All(ch => char.IsLetterOrDigit(ch) || ch is '_' or '-'))
            throw KuraException.BadInput("KURA-NAME-INVALID",
                $"The {what} name '{name}' is not valid: use 1–63 letters, digits, '_' or '-'.");
    }
}
