namespace Kura.Engine.Intake;

/// <summary>Progress of a long import: bytes of the source read so far out of the total.</summary>
public readonly record struct ImportProgress(string Stage, long Done, long Total);
