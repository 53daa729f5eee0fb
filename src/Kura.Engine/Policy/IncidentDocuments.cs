namespace Kura.Engine.Policy;

/// <summary>The regulator report of an incident, in Japanese then English.</summary>
/// <param name="Markdown">The report as Markdown.</param>
/// <param name="Html">The report as a standalone HTML page.</param>
public sealed record IncidentDocuments(string Markdown, string Html);
