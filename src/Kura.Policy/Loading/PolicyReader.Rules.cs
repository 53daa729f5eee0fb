using System.Text.RegularExpressions;
using Kura.Policy.Conditions;
using YamlDotNet.RepresentationModel;
using static Kura.Policy.YamlNodes;

namespace Kura.Policy;

internal sealed partial class PolicyReader
{
    private readonly List<(string RuleId, YamlNode Node)> _firedReferences = [];
    private readonly Dictionary<string, (string Target, YamlNode Node)[]> _ruleDependencies = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^[A-Z]+(-[A-Z0-9]+)+$")]
    private static partial Regex RuleId();

    private static readonly (string Name, RulePhase Phase, EffectKind[] Kinds)[] Phases =
    [
        ("classify", RulePhase.Classify, [EffectKind.Tag]),
        ("deny", RulePhase.Deny, [EffectKind.Deny]),
        ("children", RulePhase.Children, [EffectKind.RequireStep, EffectKind.Deny]),
        ("allow-with-steps", RulePhase.AllowWithSteps, [EffectKind.Allow, EffectKind.RequireStep]),
        ("report", RulePhase.Report, [EffectKind.ReportObligation]),
    ];

    private static readonly (string Name, EffectKind Kind)[] EffectNames =
    [
        ("tag", EffectKind.Tag), ("deny", EffectKind.Deny), ("require-step", EffectKind.RequireStep),
        ("allow", EffectKind.Allow), ("report-obligation", EffectKind.ReportObligation),
    ];

    public static string PhaseName(RulePhase phase) => Phases.First(p => p.Phase == phase).Name;
    public static string EffectName(EffectKind kind) => EffectNames.First(e => e.Kind == kind).Name;

    private ConditionReader Conditions(ConditionScope scope) => new(_parameters, scope, _firedReferences);

    private IReadOnlyList<PolicyRule> ReadRules(YamlSequenceNode list)
    {
        var rules = new List<PolicyRule>();
        foreach (var item in list.Children)
        {
            var rule = ReadRule(Mapping(item, "A rule"));
            if (rules.Any(r => r.Id == rule.Id))
                throw PolicyFileError.At(item, $"Duplicate rule id '{rule.Id}'; every rule id must be unique.");
            rules.Add(rule);
        }
        CheckFiredReferences(rules);
        return rules;
    }

    private PolicyRule ReadRule(YamlMappingNode map)
    {
        OnlyKeys(map, "a rule", "id", "basis", "status", "regimes", "phase", "description", "when", "effect");
        var idNode = Required(map, "id", "A rule");
        var id = Text(idNode, "A rule id");
        if (!RuleId().IsMatch(id))
            throw PolicyFileError.At(idNode, $"Rule id '{id}' must look like 'APPI-BRE-01' (capitals, digits and dashes).");
        var what = $"Rule {id}";
        var phaseNode = Required(map, "phase", what);
        var phase = Phases.Where(p => p.Name == Text(phaseNode, "phase")).ToArray() is [var found] ? found
            : throw PolicyFileError.At(phaseNode, $"{what} has unknown phase '{Text(phaseNode, "phase")}'. Use one of: {string.Join(", ", Phases.Select(p => p.Name))}.");
        var scope = phase.Phase == RulePhase.Classify ? ConditionScope.Column : ConditionScope.Request;
        var mark = _firedReferences.Count;
        var when = Optional(map, "when") is { } w ? Conditions(scope).Read(w) : null;
        _ruleDependencies[id] = [.. _firedReferences.Skip(mark)];
        var effect = ReadEffect(Mapping(Required(map, "effect", what), $"{what} effect"), what, phase.Kinds);
        return new PolicyRule(
            id,
            Text(Required(map, "basis", what), $"{what} basis"),
            ReadStatus(Required(map, "status", what), $"{what} status"),
            Optional(map, "regimes") is { } r ? ReadRuleRegimes(r, what) : [.. _regimes.Select(x => x.Id)],
            phase.Phase,
            ReadDescription(Required(map, "description", what), $"{what} description"),
            when,
            effect);
    }

    private IReadOnlyList<string> ReadRuleRegimes(YamlNode node, string what)
    {
        var ids = TextList(node, $"{what} regimes");
        var bad = ids.FirstOrDefault(i => !_regimes.Any(r => r.Id == i));
        if (bad is not null || ids.Count == 0)
            throw PolicyFileError.At(node, $"{what} regimes must list declared regimes ({string.Join(", ", _regimes.Select(r => r.Id))}){(bad is null ? "" : $"; '{bad}' is not one")}.");
        return ids;
    }

    /// <summary>Every <c>fired:</c> must name a rule, and no rule may depend on itself through fired tests.</summary>
    private void CheckFiredReferences(IReadOnlyList<PolicyRule> rules)
    {
        foreach (var (from, dependencies) in _ruleDependencies)
            foreach (var (to, node) in dependencies)
            {
                if (rules.FirstOrDefault(r => r.Id == to) is not { Phase: not RulePhase.Classify })
                    throw PolicyFileError.At(node, $"'fired' names '{to}', which is not a rule of this file outside the classify phase.");
                if (to == from || Reaches(to, from, []))
                    throw PolicyFileError.At(node, $"Rule '{from}' depends on itself through 'fired' tests (via '{to}'); break the cycle.");
            }
    }

    private bool Reaches(string from, string target, HashSet<string> seen)
    {
        foreach (var (next, _) in _ruleDependencies.GetValueOrDefault(from) ?? [])
        {
            if (next == target) return true;
            if (seen.Add(next) && Reaches(next, target, seen)) return true;
        }
        return false;
    }
}
