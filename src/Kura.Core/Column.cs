namespace Kura.Core;

/// <summary>A column of a vault table with its APPI class and the public metadata DP needs.</summary>
/// <param name="Name">Column name as stored in the vault.</param>
/// <param name="Type">Stored type.</param>
/// <param name="Class">APPI class (steward-confirmed once <see cref="ClassConfirmed"/>).</param>
/// <param name="IsSubjectAge">True when the column gives the subject's birth date or age (minors' rules).</param>
/// <param name="Bounds">Declared clamp bounds for numeric aggregates; null means SUM/AVG are refused.</param>
/// <param name="PublicDomain">Declared public set of group keys; null means keys need DP partition selection.</param>
/// <param name="ClassConfirmed">True once a steward confirmed or set the class.</param>
public sealed record Column(
    string Name,
    ColumnType Type,
    ColumnClass Class = ColumnClass.Ordinary,
    bool IsSubjectAge = false,
    ValueBounds? Bounds = null,
    IReadOnlyList<string>? PublicDomain = null,
    bool ClassConfirmed = false);
