namespace Kura.Policy;

/// <summary>
/// A value an ordinance or the PPC may change (thresholds, ages, lists). Rules refer to it as
/// <c>$name</c>; code never restates it.
/// </summary>
/// <param name="Name">Dotted name, for example <c>breach.personThreshold</c>.</param>
/// <param name="Type">Declared value type.</param>
/// <param name="Default">The value shipped with Kura.</param>
/// <param name="Value">A local override set by the holder (for example after an ordinance), or null.</param>
/// <param name="Source">Where the value comes from (statute, report, Kura's own choice).</param>
/// <param name="EffectiveFrom">The date from which the value applies in law or in Kura.</param>
/// <param name="Status">Confidence tags: confirmed, reported, unverified, ordinance, kura.</param>
/// <param name="Description">What the parameter controls, in Japanese and English.</param>
public sealed record PolicyParameter(
    string Name,
    ParameterType Type,
    PolicyValue Default,
    PolicyValue? Value,
    string Source,
    DateOnly EffectiveFrom,
    IReadOnlyList<string> Status,
    LocalizedText Description)
{
    /// <summary>The value in force: the local override if set, otherwise the default.</summary>
    public PolicyValue Current => Value ?? Default;
}
