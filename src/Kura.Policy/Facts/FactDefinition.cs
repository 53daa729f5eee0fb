namespace Kura.Policy;

/// <summary>One fact of the condition language: its name, type, allowed values and how it is read.</summary>
/// <param name="Name">Dotted name used in the policy file.</param>
/// <param name="Type">Value type.</param>
/// <param name="Read">Reads the value from a scope; null means missing.</param>
/// <param name="Vocabulary">Allowed text values, or null when any text is allowed.</param>
/// <param name="ColumnScoped">True for <c>column.*</c> facts, usable only by classify rules.</param>
internal sealed record FactDefinition(
    string Name,
    FactType Type,
    IReadOnlyList<string>? Vocabulary,
    Func<FactScope, object?> Read,
    bool ColumnScoped = false);
