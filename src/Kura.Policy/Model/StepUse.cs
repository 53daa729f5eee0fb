using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>A step named by a rule's effect, required only when <see cref="When"/> holds (always if null).</summary>
public sealed record StepUse(string StepId, Condition? When = null);
