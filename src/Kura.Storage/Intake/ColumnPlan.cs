using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>How one source column is loaded: its stored type and what the loader needs to produce it.</summary>
/// <param name="Name">Column name from the header.</param>
/// <param name="Type">Stored type.</param>
/// <param name="Scale">Digits after the decimal point for <see cref="ColumnType.Decimal"/> (DECIMAL(18, Scale)).</param>
/// <param name="Notation">For dates: ISO (native) or Japanese (converted by Kura).</param>
/// <param name="IsPersonKey">True for the privacy unit's column: empty values are refused.</param>
/// <param name="Overridden">True when the user gave the type: a value that does not fit is an error, not a reason to widen.</param>
public sealed record ColumnPlan(
    string Name,
    ColumnType Type,
    int Scale = 0,
    DateNotation Notation = DateNotation.Iso,
    bool IsPersonKey = false,
    bool Overridden = false);
