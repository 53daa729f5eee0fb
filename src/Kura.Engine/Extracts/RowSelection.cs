namespace Kura.Engine.Extracts;

/// <summary>
/// The rows an extract reads from the vault: columns of one table, or of several tables joined on the person key
/// (each further table LEFT JOINed to the first, so every row of the first table appears).
/// </summary>
/// <param name="Schema">The schema to read: the dataset's release schema, so excluded persons are never read.</param>
/// <param name="Tables">Tables, the base first.</param>
/// <param name="Columns">Columns to return, in this order; each names one of <paramref name="Tables"/>. Hidden columns are refused except the <c>@row</c> person id.</param>
/// <param name="PersonKey">The join column, present in every table; null when there is one table.</param>
/// <param name="OneRowPerPerson">Keep only each person's row of hidden rank 1 in every table (a uniformly random row, fixed at import).</param>
public sealed record RowSelection(
    string Schema,
    IReadOnlyList<string> Tables,
    IReadOnlyList<TableColumn> Columns,
    string? PersonKey,
    bool OneRowPerPerson);

/// <summary>A column of a named table.</summary>
public sealed record TableColumn(string Table, string Column);
