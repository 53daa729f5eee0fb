namespace Kura.Core;

/// <summary>Lifecycle of a project. Only <see cref="Approved"/> projects (unexpired) may release anything.</summary>
public enum ProjectStatus
{
    Requested,
    Approved,
    Rejected,
    Revoked,
}
