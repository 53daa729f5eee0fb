using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>
/// A step a rule can require, with a stable id (<c>publish-notice</c>, <c>two-stewards</c>, …).
/// Record steps are done when <see cref="DoneWhen"/> holds over the request's facts. Descriptions
/// may cite parameters as <c>{name}</c>.
/// </summary>
public sealed record PolicyStep(
    string Id,
    StepKind Kind,
    Condition? DoneWhen,
    RowExclusionSpec? RowExclusion,
    LocalizedText Description);
