namespace Kura.Engine.Extracts;

/// <summary>
/// What an extract reads and releases: the tables (base first, others joined on the person key), the released
/// columns in file order (the pseudonym first when there is one), and the deleted columns.
/// <see cref="OneRowPerPerson"/>: read one row per person and table (the row of hidden rank 1, chosen uniformly at import).
/// </summary>
internal sealed record ExtractPlan(
    IReadOnlyList<string> Tables,
    IReadOnlyList<PlannedColumn> Columns,
    IReadOnlyList<DroppedColumn> Dropped,
    bool OneRowPerPerson)
{
    /// <summary>Position of the pseudonym's source (the person key) in <see cref="Columns"/>, or -1.</summary>
    public int PseudonymIndex => Columns.ToList().FindIndex(c => c.Output.Treatment == ColumnTreatment.Pseudonym);
}
