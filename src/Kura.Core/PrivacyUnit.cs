namespace Kura.Core;

/// <summary>
/// The dataset's privacy unit: whose influence DP bounds. Either a person-key column shared by
/// all tables of the dataset, or <c>@row</c> (each row is a distinct person).
/// </summary>
public sealed record PrivacyUnit
{
    /// <summary>The literal users type for "each row is a distinct person".</summary>
    public const string RowToken = "@row";

    private PrivacyUnit(string? column) => Column = column;

    /// <summary>The person-key column, or null when each row is a person.</summary>
    public string? Column { get; }

    public bool IsRow => Column is null;

    public static PrivacyUnit PerRow { get; } = new((string?)null);

    public static PrivacyUnit Key(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return new PrivacyUnit(column);
    }

    /// <summary>Parses a <c>--person-key</c> value: a column name or <c>@row</c>.</summary>
    public static PrivacyUnit Parse(string text) =>
        string.Equals(text, RowToken, StringComparison.Ordinal) ? PerRow : Key(text);

    public override string ToString() => Column ?? RowToken;
}
