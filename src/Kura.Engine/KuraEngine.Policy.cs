using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Ledger;
using Kura.Policy;
using LawPolicy = Kura.Policy.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    private const string InvalidPolicyCode = "KURA-POLICY-INVALID";
    private readonly Lock _policyGate = new();
    private (string Text, LawPolicy Policy)? _parsedPolicy;

    /// <summary>
    /// The home's policy file. When null the engine applies the catalog's last adopted policy, or
    /// the shipped default before any adoption.
    /// </summary>
    public IPolicyFileStore? PolicyFiles { get; init; }

    /// <summary>
    /// The policy in force, since when, and any problem with the home's file. A changed, valid file
    /// is adopted here (recorded in the catalog and the ledger); a malformed one is refused and the
    /// last adopted policy stays in force.
    /// </summary>
    public PolicyStatus PolicyStatus()
    {
        var (policy, adopted, problem) = ResolvePolicy();
        return new PolicyStatus(policy, adopted, policy.RegimeAt(Now), PolicyFiles?.Location, problem, _catalog.PolicyHistory());
    }

    /// <summary>
    /// Sets a parameter's local value (<c>kura policy set NAME=VALUE</c>), writes the file, and records
    /// a <c>policy.changed</c> ledger entry with the old and new hashes. Throws <c>KURA-POLICY-INVALID</c>
    /// when the file on disk is malformed or the value does not validate; nothing changes then.
    /// </summary>
    public PolicyStatus SetPolicyParameter(string name, string value, string? source = null)
    {
        var policy = RequireValidPolicyFile();
        return InstallPolicy(policy.WithParameter(name, value, source), null, $"set {name}={value}");
    }

    /// <summary>Selects the regime (<c>appi-current</c> or <c>appi-2026</c>); it applies from its start date.</summary>
    public PolicyStatus SelectRegime(string regime)
    {
        var policy = RequireValidPolicyFile();
        return InstallPolicy(policy.WithRegime(regime), null, $"regime {regime}");
    }

    /// <summary>
    /// Installs a new policy file (<c>kura policy load FILE --steward NAME</c>) and records the steward and
    /// what changed, rule by rule, in the ledger. This is also how a file edited by hand is adopted. A
    /// malformed text is refused with its line, column and problem; a text that drops a rule the shipped
    /// policy has is refused unless <paramref name="allowRemoving"/> names each such rule. Nothing changes
    /// on refusal.
    /// </summary>
    public PolicyStatus LoadPolicy(string text, string origin, string steward, IReadOnlyCollection<string>? allowRemoving = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var who = StewardName.Normalize(steward);
        var policy = PolicyFile.Parse(text);
        var diff = PolicyDiff.Between(ActivePolicy, policy);
        var shipped = PolicyFile.LoadShippedDefault().Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var allowed = (allowRemoving ?? []).Select(r => r.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dropped = diff.RulesRemoved.Where(shipped.Contains).Where(id => !allowed.Contains(id)).ToList();
        if (dropped.Count > 0)
            throw KuraException.Policy("KURA-POLICY-RULE-REMOVED",
                $"The policy file {Path.GetFileName(origin)} drops rule(s) Kura ships: {string.Join(", ", dropped)}. Nothing was changed. " +
                $"If the law really no longer requires them, name each with --allow-removing RULE (recorded in the ledger).");
        return InstallPolicy(policy, text, $"load {Path.GetFileName(origin)} by {who}: {diff.Summary}", new JsonObject
        {
            ["steward"] = who,
            ["rules_added"] = Strings(diff.RulesAdded),
            ["rules_removed"] = Strings(diff.RulesRemoved),
            ["rules_changed"] = Strings(diff.RulesChanged),
            ["parameters_changed"] = Strings(diff.ParametersChanged),
            ["steps_changed"] = Strings(diff.StepsChanged),
        });
    }

    /// <summary>The policy decisions and exclusions are made with.</summary>
    private LawPolicy ActivePolicy => ResolvePolicy().Policy;

    /// <summary>
    /// The adopted policy, and the problem with the home's file if any. A file that differs from the
    /// adopted policy (edited by hand, malformed or missing) is never adopted silently: the adopted
    /// policy stays in force and <see cref="RequirePolicyFileAdopted"/> refuses every release until a
    /// steward loads the file or restores it.
    /// </summary>
    private (LawPolicy Policy, PolicyVersion Adopted, string? Problem) ResolvePolicy()
    {
        lock (_policyGate)
        {
            var text = PolicyFiles?.ReadText();
            LawPolicy? fromFile = null;
            string? parseProblem = null;
            if (text is not null)
            {
                try { fromFile = Parse(text); }
                catch (KuraException e) when (e.Code == InvalidPolicyCode) { parseProblem = e.Message; }
            }
            var adopted = _catalog.ActivePolicy();
            if (adopted is null)
            {
                // The file 'kura init' copied is the first policy; there is nothing before it to protect.
                if (fromFile is not null) return (fromFile, Adopt(fromFile, text!, "first adoption"), null);
                var shipped = PolicyFile.LoadShippedDefault();
                return (shipped, Adopt(shipped, PolicyFile.ShippedDefaultText, "shipped default"), FileProblem(text, parseProblem));
            }
            if (PolicyFiles is null || fromFile?.ContentHash == adopted.Hash) return (fromFile ?? Parse(adopted.Text), adopted, null);
            return (Parse(adopted.Text), adopted, FileProblem(text, parseProblem));
        }
    }

    private string? FileProblem(string? text, string? parseProblem) => PolicyFiles is null ? null
        : text is null
            ? $"The policy file {PolicyFiles.Location} is missing; the last adopted policy stays in force but nothing is released until a steward restores it with 'kura policy load FILE --steward NAME'."
            : $"The policy file {PolicyFiles.Location} changed outside Kura{(parseProblem is null ? "" : $" and is malformed ({parseProblem})")}. It is not adopted and nothing is released: " +
              $"a steward adopts it with 'kura policy load {PolicyFiles.Location} --steward NAME' (the change is recorded in the ledger) or restores the adopted policy.";

    /// <summary>Refuses a release while the home's policy file differs from the adopted policy.</summary>
    private void RequirePolicyFileAdopted()
    {
        if (ResolvePolicy().Problem is { } problem)
            throw KuraException.Policy("KURA-POLICY-FILE-CHANGED", problem);
    }

    private LawPolicy RequireValidPolicyFile()
    {
        var (policy, _, problem) = ResolvePolicy();
        return problem is null ? policy
            : throw KuraException.BadInput(InvalidPolicyCode, $"The policy cannot be changed from the command line now: {problem}");
    }

    private PolicyStatus InstallPolicy(LawPolicy policy, string? originalText, string change, JsonObject? details = null)
    {
        var text = originalText ?? PolicyFile.Write(policy);
        lock (_policyGate)
        {
            PolicyFiles?.WriteText(text);
            Adopt(policy, text, change, details);
        }
        RefreshAfterPolicyChange();
        return PolicyStatus();
    }

    /// <summary>Records an adopted policy in the catalog and the ledger, in one catalog transaction.</summary>
    private PolicyVersion Adopt(LawPolicy policy, string text, string change, JsonObject? details = null)
    {
        PolicyVersion? adopted = null;
        _catalog.InTransaction(() =>
        {
            var previous = _catalog.ActivePolicy();
            if (previous?.Hash == policy.ContentHash) { adopted = previous; return; }
            adopted = _catalog.AddPolicyVersion(new PolicyVersion(0, policy.ContentHash, policy.Version, policy.SelectedRegime, Now, Actor, change, text));
            var regime = policy.RegimeAt(Now);
            var payload = new JsonObject
            {
                ["old_hash"] = previous?.Hash,
                ["new_hash"] = policy.ContentHash,
                ["version"] = policy.Version,
                ["selected_regime"] = regime.Selected,
                ["effective_regime"] = regime.Effective,
                ["change"] = change,
            };
            foreach (var (key, value) in details ?? []) payload[key] = value?.DeepClone();
            Record(LedgerEntryTypes.PolicyChanged, payload);
        });
        return adopted!;
    }

    /// <summary>
    /// An integer parameter of the policy in force, or the shipped default's value when a file adopted
    /// before the parameter existed lacks it (so an old file never removes a safeguard).
    /// </summary>
    private long IntegerParameter(string name) => Convert.ToInt64(ParameterValue(name), System.Globalization.CultureInfo.InvariantCulture);

    private object? ParameterValue(string name)
    {
        var policy = ActivePolicy;
        var parameter = policy.Parameters.FirstOrDefault(p => p.Name == name) ?? PolicyFile.LoadShippedDefault().Parameter(name);
        return parameter.Current.Raw;
    }

    private LawPolicy Parse(string text)
    {
        if (_parsedPolicy is { } cached && cached.Text == text) return cached.Policy;
        var policy = PolicyFile.Parse(text);
        _parsedPolicy = (text, policy);
        return policy;
    }

    // A parameter such as child.consentAge changes who is excluded; a new regime changes decisions.
    // (A hand-edited file is adopted lazily; releases recompute both before they read anything.)
    private void RefreshAfterPolicyChange()
    {
        foreach (var dataset in _catalog.ListDatasets()) ApplyExclusions(dataset);
        foreach (var project in _catalog.ListProjects().Where(IsOpen)) CurrentDecision(project);
    }

    /// <summary>The Japan calendar date of <see cref="Now"/>: statutory dates and ages count in JST.</summary>
    private DateOnly TodayInJapan => DateOnly.FromDateTime(Now.ToOffset(TimeSpan.FromHours(9)).DateTime);
}
