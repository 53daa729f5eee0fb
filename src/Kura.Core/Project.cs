namespace Kura.Core;

/// <summary>An AI developer's or statistician's project: purpose, data, budget and approval state.</summary>
public sealed record Project(
    string Name,
    string Organization,
    Purpose Purpose,
    IReadOnlyList<string> Datasets,
    PrivacyBudget Budget,
    ProjectStatus Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Approval> Approvals,
    DateTimeOffset? ExpiresAt = null,
    IReadOnlyList<ReleaseKind>? ReleaseKinds = null,
    IReadOnlyList<string>? GrantedColumns = null,
    string? Justification = null,
    Recipient Recipient = Recipient.ThirdParty)
{
    /// <summary>True when the project may release now: approved and not expired.</summary>
    public bool MayReleaseAt(DateTimeOffset now) =>
        Status == ProjectStatus.Approved && (ExpiresAt is null || now < ExpiresAt);
}
