namespace Kura.Storage.Intake;

/// <summary>How a date column is written in the source.</summary>
public enum DateNotation
{
    /// <summary><c>yyyy-MM-dd</c>: DuckDB reads it natively.</summary>
    Iso,
    /// <summary><c>yyyy/M/d</c>, <c>yyyy-M-d</c> or a Japanese era date: Kura converts it.</summary>
    Japanese,
}
