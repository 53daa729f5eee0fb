using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>
/// What the values of one column look like, accumulated value by value; yields the narrowest type
/// that fits all of them: integer, then decimal, then date, else text. Empty cells are ignored.
/// Also remembers the first line where each type stopped fitting, to report overrides that do not fit.
/// </summary>
public sealed class ColumnProfile
{
    private DateNotation _notation = DateNotation.Iso;
    private int _integerDigits;

    /// <summary>Non-empty values seen.</summary>
    public long Values { get; private set; }

    /// <summary>Largest number of digits after the decimal point seen among numbers.</summary>
    public int Scale { get; private set; }

    /// <summary>Notation of the dates seen: <see cref="DateNotation.Japanese"/> once any date is not ISO.</summary>
    public DateNotation DateNotation => _notation;

    public long? FirstNonInteger { get; private set; }
    public long? FirstNonNumber { get; private set; }
    public long? FirstNonDate { get; private set; }
    public long? FirstNonBoolean { get; private set; }

    /// <summary>Records one cell found on physical <paramref name="line"/>.</summary>
    public void Observe(ReadOnlySpan<char> value, long line)
    {
        if (value.IsEmpty) return;
        Values++;
        if (FirstNonNumber is null) ObserveNumber(value, line);
        if (FirstNonDate is null) ObserveDate(value, line);
        if (FirstNonBoolean is null && BooleanText.Parse(value) is null) FirstNonBoolean = line;
    }

    /// <summary>The inferred type; <see cref="ColumnType.Text"/> when nothing fits or the column is empty.</summary>
    public ColumnType InferredType =>
        Values == 0 ? ColumnType.Text
        : FirstNonInteger is null ? ColumnType.Integer
        : FirstNonNumber is null && _integerDigits + Scale <= NumberText.MaxDigits ? ColumnType.Decimal
        : FirstNonDate is null ? ColumnType.Date
        : ColumnType.Text;

    /// <summary>First line whose value does not fit <paramref name="type"/>, or null when all fit.</summary>
    public long? FirstMismatch(ColumnType type) => type switch
    {
        ColumnType.Integer => FirstNonInteger,
        ColumnType.Decimal => FirstNonNumber,
        ColumnType.Date => FirstNonDate,
        ColumnType.Boolean => FirstNonBoolean,
        _ => null,
    };

    private void ObserveNumber(ReadOnlySpan<char> value, long line)
    {
        if (!NumberText.TryMeasure(value, out var digits, out var scale))
        {
            FirstNonNumber = line;
            FirstNonInteger ??= line;
            return;
        }
        _integerDigits = Math.Max(_integerDigits, digits);
        Scale = Math.Max(Scale, scale);
        if (value.IndexOf('.') >= 0) FirstNonInteger ??= line;
    }

    private void ObserveDate(ReadOnlySpan<char> value, long line)
    {
        var notation = DateText.Classify(value);
        if (notation is null) FirstNonDate = line;
        else if (notation == DateNotation.Japanese) _notation = DateNotation.Japanese;
    }
}
