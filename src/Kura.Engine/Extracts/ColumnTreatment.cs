namespace Kura.Engine.Extracts;

/// <summary>How a released column was processed.</summary>
public enum ColumnTreatment
{
    /// <summary>Released as stored.</summary>
    Kept,

    /// <summary>The person key replaced by the project's keyed pseudonym (pseudonymised extracts).</summary>
    Pseudonym,

    /// <summary>A quasi-identifier generalised by its hierarchy to the level the search chose (anonymised extracts).</summary>
    Generalized,

    /// <summary>Numbers outside the column's declared bounds replaced by the nearest bound (top- and bottom-coding).</summary>
    Clamped,

    /// <summary>Categories held by fewer persons than the rare-value threshold replaced by <see cref="ExtractRules.OtherLabel"/>.</summary>
    RareGrouped,
}
