using Kura.Core;

namespace Kura.Engine.Policy;

/// <summary>
/// Finds the persons a facial-data table shows as younger than <see cref="AgeBelow"/> without a
/// recorded legal-representative consent. A row counts when any of <see cref="FacialColumns"/> is
/// set; its person is excluded when the row's consent is not recorded as given and the person's
/// age is below the bound (or unknown while <see cref="AssumeMinorWhenAgeUnknown"/>).
/// </summary>
/// <param name="Unit">The dataset's privacy unit (person key or per row).</param>
/// <param name="FacialTable">The table with facial columns.</param>
/// <param name="FacialColumns">Its columns of class facial.</param>
/// <param name="Age">Where ages come from (the facial table itself, or another table joined by person key); null when no age is known.</param>
/// <param name="AgeBelow">Subjects younger than this many whole years count as children (the policy's <c>child.consentAge</c>).</param>
/// <param name="Today">The Japan calendar date ages are counted on (birth dates only).</param>
/// <param name="ConsentColumn">The facial table's consent column, or null when consent is never recorded.</param>
/// <param name="AssumeMinorWhenAgeUnknown">Treat a subject without a known age as a child (the policy's <c>child.assumeMinorsWhenAgeUnknown</c>).</param>
public sealed record MinorFacialQuery(
    PrivacyUnit Unit,
    string FacialTable,
    IReadOnlyList<string> FacialColumns,
    AgeSource? Age,
    long AgeBelow,
    DateOnly Today,
    string? ConsentColumn,
    bool AssumeMinorWhenAgeUnknown);
