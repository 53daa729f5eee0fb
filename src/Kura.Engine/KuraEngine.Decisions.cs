using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    private const string EndorsementValidDaysParameter = "approval.endorsementValidDays";
    private const string DistinctActorsParameter = "approval.distinctActors";
    private const string MaxDaysParameter = "approval.maxDays";

    /// <summary>The step a request's public-health statement records.</summary>
    private const string PublicHealthStep = "public-health-statement";

    /// <summary>The policy fact the children's rules test: the declared youngest subject age.</summary>
    private const string SubjectAgeFact = "subject.minAge";

    /// <summary>
    /// The check every release path makes before it reads anything: the project exists, is approved
    /// and unexpired, covers <paramref name="kind"/>, every column of its datasets has a steward-confirmed
    /// class, and the policy in force still allows that kind with no step pending (a changed policy is
    /// applied at once). Throws <c>RefusedByPolicy</c> otherwise. Project members see these refusals, so
    /// they depend only on steward-confirmed metadata and declarations, never on the rows.
    /// </summary>
    public Project RequireReleaseAllowed(string project, ReleaseKind kind)
    {
        RequirePolicyFileAdopted();
        var p = TrackScope(RequireProject(project));
        if (p.Status == ProjectStatus.Requested && LastScopeChange(_catalog.StepEvidenceOf(project)) is { } changed)
            throw KuraException.Policy("KURA-PROJECT-REAPPROVAL-NEEDED",
                $"Project '{project}' needs re-approval: the columns, classes or data categories it can see changed at {changed:yyyy-MM-dd HH:mm} UTC, and an approval covers only what the stewards saw " +
                $"(APPI-PUR-01 use within the stated purpose; KURA-GOV-01 steward approval). Publish the notice again with 'kura notice DATASET' and approve again with 'kura project approve {project}'. Nothing was released.");
        if (!p.MayReleaseAt(Now))
            throw KuraException.Policy("KURA-PROJECT-NOT-APPROVED", p.Status == ProjectStatus.Approved
                ? $"Project '{project}' approval expired at {p.ExpiresAt:yyyy-MM-dd HH:mm} UTC; stewards renew it with 'kura project approve {project}'. Nothing was released."
                : $"Project '{project}' is {StatusName(p)}, not approved; nothing can be released for it.");
        if (p.ReleaseKinds is { } kinds && !kinds.Contains(kind))
            throw KuraException.Policy("KURA-RELEASE-KIND-NOT-APPROVED",
                $"Project '{project}' is not approved for {kind.ToPolicyName()} releases (approved: {string.Join(", ", kinds.Select(k => k.ToPolicyName()))}).");
        foreach (var dataset in p.Datasets) RequireConfirmedClasses(RequireDataset(dataset));
        var decision = CurrentDecision(p);
        var outcome = decision.ReleaseKinds.FirstOrDefault(k => k.Kind == kind.ToPolicyName());
        if (outcome is null || outcome.Outcome == DecisionOutcome.Denied || decision.PendingSteps.Count > 0)
            throw KuraException.Policy("KURA-POLICY-NOW-REFUSES",
                $"The policy in force ({decision.Regime}, sha256 {decision.PolicyHash[..12]}) no longer allows {kind.ToPolicyName()} for project '{project}'" +
                (decision.PendingSteps.Count > 0 ? $": steps pending: {string.Join(", ", decision.PendingSteps.Select(s => s.Id))}." : ".") +
                $" See 'kura policy explain --project {project}'. Nothing was released.");
        return p;
    }

    /// <summary>
    /// Adds to a release's ledger payload the policy it was released under and the rules that allow
    /// its kind (the decision <see cref="RequireReleaseAllowed"/> just refreshed); a hash the payload
    /// already carries is kept.
    /// </summary>
    private JsonObject WithReleaseBasis(JsonObject payload, string project, ReleaseKind kind)
    {
        var decision = _catalog.LatestDecision(project);
        payload["policy_hash"] ??= decision?.PolicyHash;
        payload["basis_rule_ids"] = Strings(decision?.ReleaseKinds.FirstOrDefault(k => k.Kind == kind.ToPolicyName())?.BasisRuleIds ?? []);
        return payload;
    }

    /// <summary>Evaluates a project under the active policy, counting <paramref name="extraSteward"/> as approving.</summary>
    private PolicyDecision Evaluate(Project project, IEnumerable<StepEvidence> evidence, string? extraSteward = null)
    {
        var policy = ActivePolicy;
        var datasets = project.Datasets.Select(RequireDataset).ToList();
        var columns = project.GrantedColumns?.Select(c => c[(c.LastIndexOf('.') + 1)..]).ToList();
        var stewards = project.Approvals.Select(a => a.Steward).Append(extraSteward).OfType<string>().Select(StewardName.Normalize).Distinct(StringComparer.Ordinal).Count();
        // Only a notice published at or after the last change of what the project can see describes it.
        var list = evidence as IReadOnlyList<StepEvidence> ?? [.. evidence];
        var since = LastScopeChange(list) ?? DateTimeOffset.MinValue;
        var facts = DatasetFacts(datasets, project.Purpose, project.ReleaseKinds ?? [ReleaseKind.DpQuery], columns) with
        {
            NoticePublished = datasets.All(d => _catalog.NoticesOf(d.Name).Any(n => n.At >= since)),
            BiometricHandlingPublished = datasets.All(d => !HasFacialColumns(d) || _catalog.NoticesOf(d.Name).Any(n => n.FacialSection && n.At >= since)),
            DistinctStewards = stewards,
            RecipientProcessor = project.Recipient == Recipient.Processor,
        };
        return PolicyEvaluator.Evaluate(policy, StepFacts.Apply(policy, facts, list));
    }

    /// <summary>
    /// Facts about the data from its metadata only: columns and their classes, declared categories and
    /// the declared subject ages. Nothing here reads the rows, so decisions cannot leak them.
    /// </summary>
    private PolicyFacts DatasetFacts(IReadOnlyList<Dataset> datasets, Purpose purpose, IEnumerable<ReleaseKind> kinds, IReadOnlyCollection<string>? columns)
    {
        var (age, basis) = DeclaredSubjectAges(datasets);
        return PolicyFacts.ForRequest(purpose, kinds, datasets, columns, Now) with
        {
            DeclaredCategories = [.. datasets.SelectMany(d => _catalog.DeclaredCategories(d.Name)).Distinct(StringComparer.Ordinal)],
            MinSubjectAge = age,
            FactSources = new Dictionary<string, LocalizedText>(StringComparer.Ordinal) { [SubjectAgeFact] = basis },
        };
    }

    private static void RequireConfirmedClasses(Dataset dataset)
    {
        var unconfirmed = dataset.Tables.SelectMany(t => t.Columns.Where(c => !c.ClassConfirmed).Select(c => $"{t.Name}.{c.Name}")).ToList();
        if (unconfirmed.Count > 0)
            throw KuraException.Policy("KURA-CLASSIFICATION-UNCONFIRMED",
                $"Dataset '{dataset.Name}' has {unconfirmed.Count} column(s) whose class no steward has confirmed ({string.Join(", ", unconfirmed.Take(5))}{(unconfirmed.Count > 5 ? ", …" : "")}). " +
                $"A steward confirms them with 'kura classify {dataset.Name} --accept' or sets them with 'kura classify {dataset.Name} --set TABLE.COLUMN=CLASS'. Nothing was released.");
    }

    private static IEnumerable<AgeSource> AgeSources(Dataset dataset) =>
        dataset.Tables.SelectMany(t => t.Columns.Where(c => c.IsSubjectAge && c.Type is ColumnType.Integer or ColumnType.Date)
            .Select(c => new AgeSource(t.Name, c.Name, c.Type == ColumnType.Date)));

    private static bool HasFacialColumns(Dataset dataset) =>
        dataset.Tables.Any(t => t.Columns.Any(c => c.Class == ColumnClass.Facial));

    /// <summary>
    /// A fresh decision under the policy, data and evidence of now; stored when it differs from the
    /// stored one in anything but its time (so a reclassified column or a new regime is seen at once).
    /// </summary>
    private PolicyDecision CurrentDecision(Project project)
    {
        project = TrackScope(project);
        var fresh = Evaluate(project, _catalog.StepEvidenceOf(project.Name));
        if (_catalog.LatestDecision(project.Name) is not { } stored || !SameDecision(stored, fresh))
            _catalog.SaveDecision(project.Name, fresh);
        return fresh;
    }

    private static bool SameDecision(PolicyDecision a, PolicyDecision b) =>
        a.PolicyHash == b.PolicyHash && a.Regime == b.Regime && a.Outcome == b.Outcome
        && a.RuleIds.SequenceEqual(b.RuleIds)
        && a.Steps.Select(s => (s.Id, s.Done)).SequenceEqual(b.Steps.Select(s => (s.Id, s.Done)))
        && a.RowExclusions.Select(x => (x.Who, x.AgeBelow)).SequenceEqual(b.RowExclusions.Select(x => (x.Who, x.AgeBelow)));

    private static bool IsOpen(Project project) => project.Status is ProjectStatus.Requested or ProjectStatus.Approved;

    private static string StatusName(Project project) => project.Status.ToString().ToLowerInvariant();

    private static IReadOnlyList<string> RefusingRules(PolicyDecision decision) =>
        [.. decision.ReleaseKinds.SelectMany(k => k.DenyRuleIds).Distinct()];

    /// <summary>
    /// The project as a new approval sees it. A requested project keeps only endorsements that are fresh
    /// (<c>approval.endorsementValidDays</c>) and were given for the same decision and scope; an approved
    /// project accepts further approvals only while its stewards step is pending (the policy raised the
    /// count). Refuses a steward, or an OS user, that already approved when different ones are needed.
    /// </summary>
    private Project RequireApprovable(string name, string steward)
    {
        var project = TrackScope(RequireProject(name));
        if (project.Status == ProjectStatus.Rejected && _catalog.LatestDecision(name) is { Outcome: DecisionOutcome.Denied } denied)
            throw KuraException.Policy("KURA-PROJECT-REFUSED", $"Project '{name}' was refused by the policy ({Refusal(denied)}); it stays recorded but can never be approved.");
        // An expired approval is renewed by a fresh round of approvals, under the policy of now.
        if (project.Status == ProjectStatus.Approved && project.ExpiresAt is { } expiry && Now >= expiry)
            project = project with { Status = ProjectStatus.Requested, Approvals = [], ExpiresAt = null };
        if (project.Status == ProjectStatus.Approved && StewardsStepId(CurrentDecision(project)) is null)
            throw KuraException.Conflict("KURA-PROJECT-ALREADY-APPROVED", $"Project '{name}' is already approved (until {project.ExpiresAt:yyyy-MM-dd}).");
        if (!IsOpen(project))
            throw KuraException.Conflict("KURA-PROJECT-CLOSED", $"Project '{name}' was {StatusName(project)}; open a new project instead.");
        if (project.Status == ProjectStatus.Requested)
        {
            var key = DecisionKey(Evaluate(project with { Approvals = [] }, _catalog.StepEvidenceOf(name)));
            var scope = ScopeOf(project).Hash;
            var oldest = Now - TimeSpan.FromDays(IntegerParameter(EndorsementValidDaysParameter));
            project = project with
            {
                Approvals = [.. project.Approvals.Where(a => a.At >= oldest && ApprovalNote.Parse(a.Note) is var n && n.Decision == key && n.Scope == scope)],
            };
        }
        if (project.Approvals.Any(a => StewardName.Normalize(a.Steward) == steward))
            throw KuraException.Conflict("KURA-STEWARD-ALREADY-APPROVED",
                $"Steward '{steward}' has already approved project '{name}'; the policy needs approvals by different stewards.");
        if (ParameterValue(DistinctActorsParameter) is true && project.Approvals.Any(a => ApprovalNote.Parse(a.Note).Actor == Actor))
            throw KuraException.Conflict("KURA-STEWARD-SAME-ACTOR",
                $"OS user '{Actor}' already recorded an approval of project '{name}'; a further steward must approve from their own OS account " +
                "(Kura has no authentication of its own until a server provides it; policy parameter approval.distinctActors).");
        return project;
    }

    private void RequireNoPendingStepsButStewards(Project project, PolicyDecision decision)
    {
        if (decision.Outcome == DecisionOutcome.Denied)
            throw KuraException.Policy("KURA-PROJECT-REFUSED", $"The policy refuses project '{project.Name}' ({Refusal(decision)}).");
        var pending = decision.PendingSteps.Where(s => s.Id != StewardsStepId(decision)).ToList();
        if (pending.Count > 0)
            throw KuraException.Policy("KURA-STEPS-PENDING",
                $"Project '{project.Name}' cannot be approved yet: steps pending: {string.Join(", ", pending.Select(s => $"{s.Id} ({string.Join(", ", s.RuleIds)})"))}. " +
                $"Record each with 'kura project step {project.Name} --done STEP --evidence \"…\"'.");
    }

    private string? StewardsStepId(PolicyDecision decision) =>
        decision.PendingSteps.Select(s => s.Id).FirstOrDefault(id => ActivePolicy.Steps.FirstOrDefault(p => p.Id == id) is { } step && StepFacts.IsApprovalStep(step));

    private static string Refusal(PolicyDecision decision)
    {
        var rules = RefusingRules(decision);
        var unbased = decision.ReleaseKinds.Where(k => k.Outcome == DecisionOutcome.Denied && k.DenyRuleIds.Count == 0).Select(k => k.Kind).ToList();
        return string.Join("; ", new[]
        {
            rules.Count > 0 ? $"refused by {string.Join(", ", rules)}" : null,
            unbased.Count > 0 ? $"no rule allows {string.Join(", ", unbased)}" : null,
        }.OfType<string>());
    }

    private static void RequireColumnsExist(IReadOnlyList<Dataset> datasets, IReadOnlyList<string>? columns)
    {
        foreach (var spec in columns ?? [])
        {
            var dot = spec.LastIndexOf('.');
            var found = datasets.SelectMany(d => d.Tables)
                .Where(t => dot < 0 || string.Equals(t.Name, spec[..dot], StringComparison.OrdinalIgnoreCase))
                .Any(t => t.FindColumn(spec[(dot + 1)..]) is not null);
            if (!found)
                throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND", $"The requested column '{spec}' is in none of the project's datasets. Write TABLE.COLUMN or COLUMN.");
        }
    }
}
