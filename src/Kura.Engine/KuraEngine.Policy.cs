using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
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
    /// Installs a new policy file (<c>kura policy load FILE</c>). A malformed text is refused with its
    /// line, column and problem, and the active policy and the home's file stay untouched.
    /// </summary>
    public PolicyStatus LoadPolicy(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        return InstallPolicy(PolicyFile.Parse(text), text, $"load {Path.GetFileName(origin)}");
    }

    /// <summary>The policy decisions and exclusions are made with.</summary>
    private LawPolicy ActivePolicy => ResolvePolicy().Policy;

    private (LawPolicy Policy, PolicyVersion Adopted, string? Problem) ResolvePolicy()
    {
        lock (_policyGate)
        {
            var text = PolicyFiles?.ReadText();
            var problem = PolicyFiles is not null && text is null
                ? $"The policy file {PolicyFiles.Location} is missing; the last adopted policy stays in force. Restore it with 'kura policy load FILE'."
                : null;
            LawPolicy? fromFile = null;
            if (text is not null)
            {
                try { fromFile = Parse(text); }
                catch (KuraException e) when (e.Code == InvalidPolicyCode) { problem = e.Message; }
            }
            var adopted = _catalog.ActivePolicy();
            if (fromFile is not null && fromFile.ContentHash != adopted?.Hash)
                return (fromFile, Adopt(fromFile, text!, adopted is null ? "first adoption" : "file edited"), null);
            if (adopted is null)
            {
                var shipped = PolicyFile.LoadShippedDefault();
                return (shipped, Adopt(shipped, PolicyFile.ShippedDefaultText, "shipped default"), problem);
            }
            return (fromFile ?? Parse(adopted.Text), adopted, problem);
        }
    }

    private LawPolicy RequireValidPolicyFile()
    {
        var (policy, _, problem) = ResolvePolicy();
        return problem is null ? policy
            : throw KuraException.BadInput(InvalidPolicyCode,
                $"The policy file {PolicyFiles?.Location} is malformed, so it cannot be changed from the command line: {problem}");
    }

    private PolicyStatus InstallPolicy(LawPolicy policy, string? originalText, string change)
    {
        var text = originalText ?? PolicyFile.Write(policy);
        lock (_policyGate)
        {
            PolicyFiles?.WriteText(text);
            Adopt(policy, text, change);
        }
        RefreshAfterPolicyChange();
        return PolicyStatus();
    }

    /// <summary>Records an adopted policy in the catalog and the ledger, in one catalog transaction.</summary>
    private PolicyVersion Adopt(LawPolicy policy, string text, string change)
    {
        PolicyVersion? adopted = null;
        _catalog.InTransaction(() =>
        {
            var previous = _catalog.ActivePolicy();
            if (previous?.Hash == policy.ContentHash) { adopted = previous; return; }
            adopted = _catalog.AddPolicyVersion(new PolicyVersion(0, policy.ContentHash, policy.Version, policy.SelectedRegime, Now, Actor, change, text));
            var regime = policy.RegimeAt(Now);
            Record(LedgerEntryTypes.PolicyChanged, new JsonObject
            {
                ["old_hash"] = previous?.Hash,
                ["new_hash"] = policy.ContentHash,
                ["version"] = policy.Version,
                ["selected_regime"] = regime.Selected,
                ["effective_regime"] = regime.Effective,
                ["change"] = change,
            });
        });
        return adopted!;
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
