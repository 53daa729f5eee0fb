using System.Text.Json.Serialization;

namespace Kura.Policy;

/// <summary>A fact a fired rule looked at, with the value it saw (names and flags only, never row values).</summary>
/// <param name="Fact">The fact's name, for example <c>subject.minAge</c>, or <c>fired:RULE</c>.</param>
/// <param name="Value">The value as rendered for people.</param>
/// <param name="Source">
/// Where the value comes from when the caller said so (for example "attested by steward sato"),
/// printed beside it in explanations; null when the fact needs no provenance.
/// </param>
public sealed record Evidence(
    string Fact,
    string Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LocalizedText? Source = null);
