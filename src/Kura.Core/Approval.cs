namespace Kura.Core;

/// <summary>A steward's act on a project, recorded with actor and time.</summary>
public sealed record Approval(string Steward, DateTimeOffset At, string? Note = null);
