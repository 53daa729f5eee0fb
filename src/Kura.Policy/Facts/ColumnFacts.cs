using Kura.Core;

namespace Kura.Policy;

/// <summary>What classification sees of a column: its name and class, never its values.</summary>
/// <param name="Name">Column name as stored in the vault.</param>
/// <param name="Class">The steward-confirmed APPI class.</param>
/// <param name="Requested">True when the request covers this column; other columns only count for dataset-wide rules.</param>
public sealed record ColumnFacts(string Name, ColumnClass Class, bool Requested = true);
