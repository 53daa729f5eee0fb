using System.Globalization;

namespace Kura.Policy;

/// <summary>
/// A typed value in the policy file: an integer (<see cref="long"/>), a boolean, a text, a list of
/// texts, a date, or unset (null, dates only). Equality is by content.
/// </summary>
public sealed class PolicyValue : IEquatable<PolicyValue>
{
    private PolicyValue(object? raw) => Raw = raw;

    /// <summary>The value: <see cref="long"/>, <see cref="bool"/>, <see cref="string"/>, <see cref="IReadOnlyList{T}"/> of string, <see cref="DateOnly"/>, or null.</summary>
    public object? Raw { get; }

    public static PolicyValue Unset { get; } = new(null);
    public static PolicyValue Of(long value) => new(value);
    public static PolicyValue Of(bool value) => new(value);
    public static PolicyValue Of(string value) => new(value);
    public static PolicyValue Of(DateOnly value) => new(value);
    public static PolicyValue Of(IEnumerable<string> values) => new(values.ToArray());

    public bool IsUnset => Raw is null;

    /// <summary>The list items; a single text counts as a one-item list.</summary>
    public IReadOnlyList<string> Items => Raw switch
    {
        IReadOnlyList<string> list => list,
        string text => [text],
        _ => [],
    };

    public bool Equals(PolicyValue? other) =>
        other is not null && (Raw, other.Raw) switch
        {
            (IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal),
            var (a, b) => Equals(a, b),
        };

    public override bool Equals(object? obj) => Equals(obj as PolicyValue);

    public override int GetHashCode() => Raw is IReadOnlyList<string> list ? list.Count : Raw?.GetHashCode() ?? 0;

    /// <summary>Display form: <c>1000</c>, <c>true</c>, <c>[a, b]</c>, <c>2026-04-07</c>, <c>(unset)</c>.</summary>
    public override string ToString() => Raw switch
    {
        null => "(unset)",
        bool b => b ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        var other => other.ToString() ?? "",
    };
}
