namespace Kura.Policy;

/// <summary>A parameter's value as used by a decision.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Value">Display form of the value in force.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Overridden">True when the holder's local value replaced the shipped default.</param>
public sealed record ParameterSnapshot(string Name, string Value, string Source, bool Overridden);
