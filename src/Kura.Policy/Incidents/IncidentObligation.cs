namespace Kura.Policy;

/// <summary>Something the holder must do after an incident, with its deadline.</summary>
/// <param name="Id">One of <see cref="PolicyVocabulary.ObligationIds"/>, for example <c>ppc-final</c>.</param>
/// <param name="RuleId">The rule that creates it.</param>
/// <param name="DueDays">Days after discovery, or null when the law says "promptly".</param>
/// <param name="DueAt">Discovery time plus <paramref name="DueDays"/>, or null.</param>
/// <param name="Description">What to do.</param>
public sealed record IncidentObligation(string Id, string RuleId, long? DueDays, DateTimeOffset? DueAt, LocalizedText Description);
