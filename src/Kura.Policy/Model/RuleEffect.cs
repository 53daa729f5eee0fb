namespace Kura.Policy;

/// <summary>What a rule does: its kind plus the tags, steps or obligations it carries.</summary>
public sealed record RuleEffect(
    EffectKind Kind,
    IReadOnlyList<TagSpec> Tags,
    IReadOnlyList<StepUse> Steps,
    IReadOnlyList<ObligationSpec> Obligations);
