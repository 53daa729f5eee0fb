namespace Kura.Engine.Synthesis;

/// <summary>How a per-person feature is computed from the person's rows.</summary>
public enum PersonFeatureKind
{
    /// <summary>The value of a column on the person's rank-1 row (a uniformly random row fixed at import): sex, prefecture.</summary>
    Category,

    /// <summary>Whole years from a birth-date column on the person's rank-1 row to the day of synthesis (Japan time), binned.</summary>
    Age,

    /// <summary>How many of the person's rows (optionally only those whose code lies in a range) there are, capped.</summary>
    Count,

    /// <summary>The total of a numeric column over the person's rows, binned (0 for a person without rows).</summary>
    SumBand,
}
