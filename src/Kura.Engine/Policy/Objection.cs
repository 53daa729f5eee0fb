namespace Kura.Engine.Policy;

/// <summary>A person's entry on the objection register of a dataset: their data leaves in no release.</summary>
/// <param name="Dataset">The dataset whose person key identifies the person.</param>
/// <param name="Person">The person-key value, in its text form.</param>
/// <param name="At">When the objection was recorded.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Reason">The reason given, or null.</param>
public sealed record Objection(string Dataset, string Person, DateTimeOffset At, string Actor, string? Reason = null);
