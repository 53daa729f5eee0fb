namespace Kura.Policy;

/// <summary>Who and what a regulator report is about; the caller supplies the writing time.</summary>
/// <param name="HolderName">The business handling the data.</param>
/// <param name="DatasetName">The dataset affected.</param>
/// <param name="IncidentId">The incident's id in the catalog.</param>
/// <param name="WrittenAt">When the report is written.</param>
/// <param name="Contact">Contact point for the regulator and the persons, or null.</param>
public sealed record IncidentReportContext(string HolderName, string DatasetName, string IncidentId, DateTimeOffset WrittenAt, string? Contact = null);
