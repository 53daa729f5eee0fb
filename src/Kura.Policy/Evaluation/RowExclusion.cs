namespace Kura.Policy;

/// <summary>Persons the engine must remove from every release of the project.</summary>
/// <param name="Who"><c>objectors</c> (the objection register) or <c>minors-facial-without-legal-rep-consent</c>.</param>
/// <param name="AgeBelow">For the minors' exclusion: subjects younger than this many whole years.</param>
/// <param name="StepId">The step that carries the exclusion.</param>
/// <param name="RuleIds">The rules that require it.</param>
public sealed record RowExclusion(string Who, long? AgeBelow, string StepId, IReadOnlyList<string> RuleIds);
