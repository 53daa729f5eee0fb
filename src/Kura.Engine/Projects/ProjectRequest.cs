using Kura.Core;

namespace Kura.Engine.Projects;

/// <summary>What an AI developer asks for when a project is opened.</summary>
public sealed record ProjectRequest(
    string Name,
    string Organization,
    Purpose Purpose,
    IReadOnlyList<string> Datasets,
    PrivacyBudget Budget,
    IReadOnlyList<ReleaseKind>? ReleaseKinds = null,
    IReadOnlyList<string>? GrantedColumns = null,
    string? Justification = null);
