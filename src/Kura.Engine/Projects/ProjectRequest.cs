using Kura.Core;

namespace Kura.Engine.Projects;

/// <summary>What an AI developer asks for when a project is opened.</summary>
/// <param name="Name">Project name: 1–63 letters, digits, '_' or '-'.</param>
/// <param name="Organization">The organisation that will receive releases.</param>
/// <param name="Purpose">Declared purpose; the policy refuses ineligible ones with rule ids.</param>
/// <param name="Datasets">Datasets the project uses (at least one).</param>
/// <param name="Budget">Total privacy budget.</param>
/// <param name="ReleaseKinds">What may leave for the project; null means DP queries only.</param>
/// <param name="GrantedColumns">Columns requested as <c>table.column</c> or <c>column</c>; null means every column the release mechanisms allow.</param>
/// <param name="Justification">Why the data is needed.</param>
/// <param name="PublicHealthStatement">For health data: how the project contributes to public health (recorded as the <c>public-health-statement</c> step).</param>
/// <param name="Recipient">Whether the organisation is a third party (default) or a processor under an entrustment contract.</param>
public sealed record ProjectRequest(
    string Name,
    string Organization,
    Purpose Purpose,
    IReadOnlyList<string> Datasets,
    PrivacyBudget Budget,
    IReadOnlyList<ReleaseKind>? ReleaseKinds = null,
    IReadOnlyList<string>? GrantedColumns = null,
    string? Justification = null,
    string? PublicHealthStatement = null,
    Recipient Recipient = Recipient.ThirdParty);
