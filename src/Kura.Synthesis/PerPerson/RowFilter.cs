namespace Kura.Synthesis.PerPerson;

/// <summary>
/// Rows whose text in <see cref="Column"/> lies in the code range [<see cref="From"/>, <see cref="To"/>], compared
/// ordinally, where a value that starts with <see cref="To"/> also counts (so C00–D48 includes D48.1). Suits ICD-10
/// chapters and other contiguous code ranges. The engine's SQL must match <see cref="Matches"/>.
/// </summary>
public sealed record RowFilter
{
    public RowFilter(string column, string from, string to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(to);
        if (string.CompareOrdinal(from, to) > 0)
            throw new ArgumentException("The range start must not come after its end.", nameof(from));
        Column = column;
        From = from;
        To = to;
    }

    public string Column { get; }
    public string From { get; }
    public string To { get; }

    /// <summary>From ≤ value and (value ≤ To or value starts with To), ordinally; null never matches.</summary>
    public bool Matches(string? value) =>
        value is not null
        && string.CompareOrdinal(value, From) >= 0
        && (string.CompareOrdinal(value, To) <= 0 || value.StartsWith(To, StringComparison.Ordinal));
}
