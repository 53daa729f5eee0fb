using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>A column of the chosen tables that was deleted from the extract, and why.</summary>
public sealed record DroppedColumn(string Table, string Column, ColumnClass Class, DropReason Reason);
