using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>A column of the released file and where it came from.</summary>
/// <param name="Name">Header in the file: the source column's name, or <c>table.column</c> when two tables share the name; <c>pseudonym</c> for the pseudonym.</param>
/// <param name="Table">Source table.</param>
/// <param name="Source">Source column.</param>
/// <param name="Class">The source column's APPI class.</param>
/// <param name="Type">The source column's stored type.</param>
/// <param name="Treatment">How its values were processed.</param>
public sealed record ExtractColumn(string Name, string Table, string Source, ColumnClass Class, ColumnType Type, ColumnTreatment Treatment)
{
    /// <summary>True when the released values still have the stored type (not pseudonyms, labels or <see cref="ExtractRules.OtherLabel"/>).</summary>
    public bool KeepsType => Treatment is ColumnTreatment.Kept or ColumnTreatment.Clamped;
}
