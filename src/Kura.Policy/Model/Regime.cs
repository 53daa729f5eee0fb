namespace Kura.Policy;

/// <summary>
/// A selectable body of law. A regime applies from <see cref="StartDate"/> or from the date held
/// by the parameter <see cref="StartParameter"/>; before that, or while that date is unset, its
/// <see cref="Fallback"/> applies instead.
/// </summary>
public sealed record Regime(
    string Id,
    DateOnly? StartDate,
    string? StartParameter,
    string? Fallback,
    LocalizedText Description);
