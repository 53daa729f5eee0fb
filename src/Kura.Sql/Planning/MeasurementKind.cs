namespace Kura.Sql.Planning;

/// <summary>What an exact, bounded measurement counts or sums per group before noise.</summary>
public enum MeasurementKind
{
    /// <summary>Bounded rows in the group.</summary>
    RowCount,
    /// <summary>Bounded rows whose argument is not NULL.</summary>
    ValueCount,
    /// <summary>Distinct persons in the group.</summary>
    PersonCount,
    /// <summary>Sum of the clamped argument scaled to integers.</summary>
    Sum,
    /// <summary>Sum of squares of the centred, clamped, scaled argument.</summary>
    SumOfSquares,
    /// <summary>Row counts per bin of the clamped argument over its declared range.</summary>
    Histogram,
}
