using Kura.Policy;

namespace Kura.Engine.Policy;

/// <summary>A recorded incident with its assessment (obligations and deadlines) as of recording.</summary>
/// <param name="Id">Catalog id, for example <c>inc-20260612-3f9a1c</c>.</param>
/// <param name="Dataset">The dataset affected.</param>
/// <param name="Filter">Which rows, in the <see cref="PersonFilter"/> form.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Assessment">The policy's assessment: distinct persons, categories, obligations with deadlines.</param>
public sealed record IncidentRecord(
    string Id,
    string Dataset,
    string Filter,
    DateTimeOffset RecordedAt,
    string Actor,
    IncidentAssessment Assessment);
