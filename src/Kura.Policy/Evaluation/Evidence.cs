namespace Kura.Policy;

/// <summary>A fact a fired rule looked at, with the value it saw (names and flags only, never row values).</summary>
public sealed record Evidence(string Fact, string Value);
