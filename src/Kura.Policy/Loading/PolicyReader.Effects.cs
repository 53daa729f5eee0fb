using YamlDotNet.RepresentationModel;
using static Kura.Policy.YamlNodes;

namespace Kura.Policy;

internal sealed partial class PolicyReader
{
    private RuleEffect ReadEffect(YamlMappingNode map, string what, EffectKind[] allowedKinds)
    {
        OnlyKeys(map, $"{what} effect", "kind", "tags", "steps", "obligations");
        var kindNode = Required(map, "kind", $"{what} effect");
        var kindText = Text(kindNode, "effect kind");
        var kind = EffectNames.Where(e => e.Name == kindText).Select(e => (EffectKind?)e.Kind).FirstOrDefault();
        if (kind is not { } k || !allowedKinds.Contains(k))
            throw PolicyFileError.At(kindNode, $"{what}: effect kind '{kindText}' is not allowed in this phase. Use: {string.Join(", ", allowedKinds.Select(EffectName))}.");
        var tags = Optional(map, "tags") is { } t ? ReadTags(t, what) : [];
        var steps = Optional(map, "steps") is { } s ? ReadStepUses(s, what) : [];
        var obligations = Optional(map, "obligations") is { } o ? ReadObligations(o, what) : [];
        Expect(map, what, "tags", tags.Count > 0, k == EffectKind.Tag, k == EffectKind.Tag);
        Expect(map, what, "steps", steps.Count > 0, k == EffectKind.RequireStep, k is EffectKind.RequireStep or EffectKind.Allow);
        Expect(map, what, "obligations", obligations.Count > 0, k == EffectKind.ReportObligation, k is EffectKind.ReportObligation or EffectKind.Deny);
        return new RuleEffect(k, tags, steps, obligations);
    }

    private static void Expect(YamlMappingNode map, string what, string field, bool present, bool required, bool allowed)
    {
        if (required && !present)
            throw PolicyFileError.At(map, $"{what}: this effect needs a non-empty '{field}' list.");
        if (present && !allowed)
            throw PolicyFileError.At(map, $"{what}: this effect kind cannot carry '{field}'.");
    }

    private IReadOnlyList<TagSpec> ReadTags(YamlNode node, string what) =>
        [.. Sequence(node, $"{what} tags").Children.Select(item =>
        {
            var map = Mapping(item, $"A tag of {what}");
            OnlyKeys(map, "a tag", "tag", "when");
            var tagNode = Required(map, "tag", $"A tag of {what}");
            var tag = Text(tagNode, "tag");
            if (!PolicyVocabulary.Categories.Contains(tag))
                throw PolicyFileError.At(tagNode, $"Unknown data category '{tag}'. Use one of: {string.Join(", ", PolicyVocabulary.Categories)}.");
            return new TagSpec(tag, Optional(map, "when") is { } w ? Conditions(ConditionScope.Column).Read(w) : null);
        })];

    private IReadOnlyList<StepUse> ReadStepUses(YamlNode node, string what) =>
        [.. Sequence(node, $"{what} steps").Children.Select(item =>
        {
            if (item is YamlScalarNode) return new StepUse(KnownStep(item));
            var map = Mapping(item, $"A step of {what}");
            OnlyKeys(map, "a step", "step", "when");
            return new StepUse(KnownStep(Required(map, "step", $"A step of {what}")),
                Conditions(ConditionScope.Evidence).Read(Required(map, "when", $"A step of {what}")));
        })];

    private string KnownStep(YamlNode node)
    {
        var id = Text(node, "A step id");
        return _steps.ContainsKey(id) ? id
            : throw PolicyFileError.At(node, $"Unknown step '{id}'. Declare it under 'steps' first.");
    }

    private IReadOnlyList<ObligationSpec> ReadObligations(YamlNode node, string what) =>
        [.. Sequence(node, $"{what} obligations").Children.Select(item =>
        {
            var map = Mapping(item, $"An obligation of {what}");
            OnlyKeys(map, "an obligation", "id", "dueDays", "when", "description");
            var idNode = Required(map, "id", "An obligation");
            var id = Text(idNode, "An obligation id");
            if (!PolicyVocabulary.ObligationIds.Contains(id))
                throw PolicyFileError.At(idNode, $"Unknown obligation '{id}'. Use one of: {string.Join(", ", PolicyVocabulary.ObligationIds)}.");
            return new ObligationSpec(
                id,
                Optional(map, "dueDays") is { } d ? IntegerParameter(d, "dueDays") : null,
                Optional(map, "when") is { } w ? Conditions(ConditionScope.Evidence).Read(w) : null,
                ReadDescription(Required(map, "description", $"Obligation '{id}'"), $"Obligation '{id}' description"));
        })];
}
