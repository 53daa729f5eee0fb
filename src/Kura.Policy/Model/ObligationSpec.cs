using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>
/// An obligation a rule creates, due <see cref="DueDays"/> days after discovery (a parameter
/// reference), or "promptly" when null; only when <see cref="When"/> holds.
/// </summary>
/// <param name="Id">One of <see cref="PolicyVocabulary.ObligationIds"/>.</param>
/// <param name="DueDays">Days after discovery (an integer parameter reference), or null for "promptly".</param>
/// <param name="When">Extra condition for this obligation; null means always.</param>
/// <param name="Description">What must be done, in Japanese and English.</param>
public sealed record ObligationSpec(string Id, Operand? DueDays, Condition? When, LocalizedText Description);
