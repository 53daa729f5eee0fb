namespace Kura.Engine.Register;

/// <summary>
/// One project's line in the public register of uses: who used which data, for what purpose, under
/// which legal rule, at what privacy cost. Column classes only — never column values.
/// </summary>
public sealed record RegisterRow(
    string Project,
    string Organization,
    string Purpose,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<string> ColumnClasses,
    IReadOnlyList<string> ReleaseKinds,
    int Releases,
    string EpsilonSpent,
    string DeltaSpent,
    string BudgetEpsilon,
    string BudgetDelta,
    string Status,
    IReadOnlyList<string> LegalBasis,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? LastReleaseAt);
