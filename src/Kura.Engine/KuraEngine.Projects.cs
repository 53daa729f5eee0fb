using System.Globalization;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Records a project request and the policy's decision on it. A refused request (an ineligible
    /// purpose such as marketing, or a release no rule allows) is recorded as rejected, citing the
    /// rules; check <see cref="ProjectReview.Refused"/>. Otherwise the decision lists the steps to record.
    /// </summary>
    public ProjectReview RequestProject(ProjectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateName(request.Name, "project");
        if (request.Datasets.Count == 0)
            throw KuraException.BadInput("KURA-PROJECT-NO-DATASET", "A project needs at least one dataset: pass --dataset NAME.");
        var datasets = request.Datasets.Distinct(StringComparer.Ordinal).Select(RequireDataset).ToList();
        RequireColumnsExist(datasets, request.GrantedColumns);
        var project = new Project(request.Name, request.Organization, request.Purpose, [.. datasets.Select(d => d.Name)], request.Budget,
            ProjectStatus.Requested, Now, [], null, request.ReleaseKinds is { Count: > 0 } k ? [.. k.Distinct()] : [ReleaseKind.DpQuery],
            request.GrantedColumns, request.Justification, request.Recipient);
        IReadOnlyList<StepEvidence> evidence = string.IsNullOrWhiteSpace(request.PublicHealthStatement) ? []
            : [new StepEvidence(PublicHealthStep, request.PublicHealthStatement.Trim(), Actor, Now)];
        var decision = Evaluate(project, evidence);
        if (decision.Outcome == DecisionOutcome.Denied) project = project with { Status = ProjectStatus.Rejected };
        _catalog.InTransaction(() =>
        {
            _catalog.CreateProject(project);
            foreach (var e in evidence) _catalog.AddStepEvidence(project.Name, e);
            var scope = ScopeOf(project);
            _catalog.AddStepEvidence(project.Name, new StepEvidence(ScopeBaseline, scope.Text, Actor, Now, scope.Hash));
            _catalog.SaveDecision(project.Name, decision);
            Record(LedgerEntryTypes.ProjectRequested, ProjectPayload(project, decision));
            if (project.Status == ProjectStatus.Rejected)
                Record(LedgerEntryTypes.ProjectRejected, new JsonObject
                {
                    ["project"] = project.Name,
                    ["by"] = "policy",
                    ["rule_ids"] = Strings(RefusingRules(decision)),
                    ["policy_hash"] = decision.PolicyHash,
                });
        });
        return new ProjectReview(project, decision, evidence);
    }

    /// <summary>Records a project request; see <see cref="RequestProject"/> for the decision.</summary>
    public Project CreateProject(ProjectRequest request) => RequestProject(request).Project;

    /// <summary>
    /// A steward records that a required step was done (<c>kura project step NAME --done STEP --evidence …</c>),
    /// and the decision is re-evaluated. <paramref name="value"/> carries an assessment's result
    /// (<c>positive</c>/<c>negative</c>) or an advance notice's days.
    /// </summary>
    public ProjectReview RecordStep(string name, string stepId, string evidence, string steward, string? value = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(steward);
        steward = StewardName.Normalize(steward);
        var project = TrackScope(RequireProject(name));
        if (!IsOpen(project))
            throw KuraException.Conflict("KURA-PROJECT-CLOSED", $"Project '{name}' is {StatusName(project)}; steps can no longer be recorded.");
        if (string.IsNullOrWhiteSpace(evidence))
            throw KuraException.BadInput("KURA-STEP-EVIDENCE", $"Recording step '{stepId}' needs --evidence: what proves it (a contract number, a document, a URL).");
        var stored = StepFacts.Validate(ActivePolicy, stepId, value);
        var record = new StepEvidence(stepId, evidence.Trim(), steward, Now, stored);
        var all = _catalog.StepEvidenceOf(name).Append(record).ToList();
        var decision = Evaluate(project, all);
        _catalog.InTransaction(() =>
        {
            _catalog.AddStepEvidence(name, record);
            _catalog.SaveDecision(name, decision);
            Record(LedgerEntryTypes.ProjectStepRecorded, new JsonObject
            {
                ["project"] = name,
                ["step"] = stepId,
                ["steward"] = steward,
                ["value"] = stored,
                ["evidence_sha256"] = Sha256Hex(record.Evidence),
                ["pending_steps"] = Strings(decision.PendingSteps.Select(s => s.Id)),
            });
        });
        return new ProjectReview(project, decision, [.. all.Where(e => !IsScopeRecord(e))]);
    }

    /// <summary>
    /// A steward approves. The decision is re-evaluated counting this steward; the project becomes
    /// approved only when <see cref="PolicyDecision.CanApprove"/> (every step recorded, enough distinct
    /// stewards). While only more stewards are missing, the approval is kept and the project stays
    /// requested (or approved, when the policy raised the steward count after approval). The approval
    /// records the OS user, the scope and the decision it was given for, and expires after
    /// <paramref name="lifetime"/>: at most, and by default, the policy's <c>approval.maxDays</c>.
    /// </summary>
    public Project ApproveProject(string name, string steward, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(steward);
        steward = StewardName.Normalize(steward);
        var maxDays = IntegerParameter(MaxDaysParameter);
        if (lifetime is { } l && (l <= TimeSpan.Zero || l > TimeSpan.FromDays(maxDays)))
            throw KuraException.BadInput("KURA-APPROVAL-LIFETIME",
                $"An approval must last more than zero and at most {maxDays} days (policy parameter {MaxDaysParameter}); pass a shorter --expires-in-days.");
        var project = RequireApprovable(name, steward);
        var evidence = _catalog.StepEvidenceOf(name);
        var decision = Evaluate(project, evidence, steward);
        RequireNoPendingStepsButStewards(project, decision);
        var note = new ApprovalNote(Actor, ScopeOf(project).Hash, DecisionKey(Evaluate(project with { Approvals = [] }, evidence))).Format();
        var approvals = project.Approvals.Append(new Approval(steward, Now, note)).ToList();
        var expires = project.Status == ProjectStatus.Approved ? project.ExpiresAt : Now + (lifetime ?? TimeSpan.FromDays(maxDays));
        var updated = decision.CanApprove
            ? project with { Status = ProjectStatus.Approved, Approvals = approvals, ExpiresAt = expires }
            : project with { Approvals = approvals };
        _catalog.InTransaction(() =>
        {
            _catalog.UpdateProject(updated);
            _catalog.SaveDecision(name, decision);
            Record(decision.CanApprove ? LedgerEntryTypes.ProjectApproved : LedgerEntryTypes.ProjectEndorsed, ApprovalPayload(updated, steward, decision));
        });
        return updated;
    }

    /// <summary>Revokes a project: from this moment no release of any kind is made for it.</summary>
    public Project RevokeProject(string name, string steward, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(steward);
        steward = StewardName.Normalize(steward);
        if (string.IsNullOrWhiteSpace(reason))
            throw KuraException.BadInput("KURA-REVOKE-REASON", "Revoking a project needs --reason (it is written to the ledger).");
        var project = RequireProject(name);
        if (!IsOpen(project))
            throw KuraException.Conflict("KURA-PROJECT-CLOSED", $"Project '{name}' is already {StatusName(project)}.");
        var revoked = project with { Status = ProjectStatus.Revoked };
        _catalog.InTransaction(() =>
        {
            _catalog.UpdateProject(revoked);
            Record(LedgerEntryTypes.ProjectRevoked, new JsonObject { ["project"] = name, ["steward"] = steward, ["reason"] = reason.Trim() });
        });
        return revoked;
    }

    public Project ShowProject(string name) => RequireProject(name);

    public IReadOnlyList<Project> ListProjects() => _catalog.ListProjects();

    /// <summary>The project, its current decision (re-evaluated when the policy changed since) and its evidence.</summary>
    public ProjectReview ReviewProject(string name)
    {
        var project = TrackScope(RequireProject(name));
        var decision = IsOpen(project) ? CurrentDecision(project) : _catalog.LatestDecision(name) ?? Evaluate(project, _catalog.StepEvidenceOf(name));
        return new ProjectReview(project, decision, [.. _catalog.StepEvidenceOf(name).Where(e => !IsScopeRecord(e))]);
    }

    private static JsonObject ProjectPayload(Project p, PolicyDecision decision) => new()
    {
        ["project"] = p.Name,
        ["organization"] = p.Organization,
        ["recipient"] = p.Recipient.ToName(),
        ["purpose"] = p.Purpose.ToName(),
        ["datasets"] = Strings(p.Datasets),
        ["release_kinds"] = Strings((p.ReleaseKinds ?? []).Select(k => k.ToString())),
        ["budget_epsilon"] = p.Budget.Epsilon.ToString(CultureInfo.InvariantCulture),
        ["budget_delta"] = p.Budget.Delta.ToString(CultureInfo.InvariantCulture),
        ["decision"] = decision.Outcome.ToString(),
        ["fired_rule_ids"] = Strings(decision.RuleIds),
        ["pending_steps"] = Strings(decision.PendingSteps.Select(s => s.Id)),
        ["policy_hash"] = decision.PolicyHash,
    };

    private static JsonObject ApprovalPayload(Project p, string steward, PolicyDecision decision) => new()
    {
        ["project"] = p.Name,
        ["steward"] = steward,
        ["approval_actors"] = Strings(p.Approvals.Select(a => ApprovalNote.Parse(a.Note).Actor).OfType<string>().Distinct()),
        ["stewards"] = Strings(p.Approvals.Select(a => a.Steward).Distinct()),
        ["expires_at"] = p.ExpiresAt?.ToString("O"),
        ["rule_ids"] = Strings(decision.ReleaseKinds.SelectMany(k => k.BasisRuleIds).Distinct()),
        ["pending_steps"] = Strings(decision.PendingSteps.Select(s => s.Id)),
        ["policy_hash"] = decision.PolicyHash,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static void ValidateName(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 63 || !name.All(ch => char.IsLetterOrDigit(ch) || ch is '_' or '-'))
            throw KuraException.BadInput("KURA-NAME-INVALID",
                $"The {what} name '{name}' is not valid: use 1–63 letters, digits, '_' or '-'.");
    }
}
