using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>
/// Where a column appears: the person key is allowed only in COUNT(DISTINCT …), join conditions, and the
/// select list and GROUP BY of a per-person subquery.
/// </summary>
internal enum ColumnUse { Value, PersonCount, Join, PersonGroup }

internal sealed partial class Binder
{
    private BoundColumnExpr ResolveColumn(ColumnExpr reference, ColumnUse use)
    {
        if (VaultColumns.IsHidden(reference.Name))
            throw SqlRefusals.At(SqlRefusals.IdentifierColumn, reference.Position,
                $"Column {SqlRefusals.Quote(reference.Name)} is internal to Kura and cannot be queried");
        var (source, column) = reference.Qualifier is null ? FindUnqualified(reference) : FindQualified(reference);
        CheckClass(reference, column, use);
        // A per-person subquery's columns are computed from columns its own binding checked.
        if (_derived is not null) return new BoundColumnExpr(source, _sources[source].Table, column, reference.Position);
        CheckGranted(reference, _sources[source].Table, column);
        if (!_referenced.Contains((_sources[source].Table.Name, column.Name))) _referenced.Add((_sources[source].Table.Name, column.Name));
        return new BoundColumnExpr(source, _sources[source].Table, column, reference.Position);
    }

    private (int, Column) FindQualified(ColumnExpr reference)
    {
        var source = _sources.FindIndex(s => NamesEqual(s.Alias, reference.Qualifier!));
        if (source < 0)
            throw SqlRefusals.At(SqlRefusals.UnknownTable, reference.Position,
                $"{SqlRefusals.Quote(reference.Qualifier!)} is not a table or alias of this query's FROM");
        var column = _sources[source].Table.Columns.FirstOrDefault(c => NamesEqual(c.Name, reference.Name))
            ?? throw UnknownColumn(reference);
        return (source, column);
    }

    private (int, Column) FindUnqualified(ColumnExpr reference)
    {
        var matches = _sources
            .Select((s, i) => (Index: i, Column: s.Table.Columns.FirstOrDefault(c => NamesEqual(c.Name, reference.Name))))
            .Where(m => m.Column is not null)
            .ToList();
        if (matches.Count == 0) throw UnknownColumn(reference);
        // Joined tables share the person key by construction, so an unqualified person key means the first.
        if (matches.Count > 1 && !matches.All(m => m.Column!.Class == ColumnClass.PersonKey))
            throw SqlRefusals.At(SqlRefusals.UnknownColumn, reference.Position,
                $"Column {SqlRefusals.Quote(reference.Name)} is in several joined tables; qualify it as alias.column");
        return (matches[0].Index, matches[0].Column!);
    }

    private KuraException UnknownColumn(ColumnExpr reference) =>
        SqlRefusals.At(SqlRefusals.UnknownColumn, reference.Position,
            $"Unknown column {SqlRefusals.Quote(reference.Name)} in {string.Join(", ", _sources.Select(s => s.Table.Name))}");

    private void CheckClass(ColumnExpr reference, Column column, ColumnUse use)
    {
        var name = SqlRefusals.Quote(column.Name);
        switch (column.Class)
        {
            case ColumnClass.DirectIdentifier:
                throw SqlRefusals.At(SqlRefusals.IdentifierColumn, reference.Position,
                    $"Column {name} is a direct identifier and can never be used in a query, not even in WHERE");
            case ColumnClass.Facial:
                throw SqlRefusals.At(SqlRefusals.IdentifierColumn, reference.Position,
                    $"Column {name} holds facial data (an individual identification code) and can never be used in a query");
            case ColumnClass.PersonKey when use == ColumnUse.Value:
                throw SqlRefusals.At(SqlRefusals.PersonKey, reference.Position,
                    $"Column {name} is the person key; it may appear only in COUNT(DISTINCT {column.Name}) and in join conditions");
        }
        if (use != ColumnUse.Value && column.Class != ColumnClass.PersonKey)
            throw use switch
            {
                ColumnUse.Join => SqlRefusals.At(SqlRefusals.Join, reference.Position, $"Joins must equate the person key, and {name} is not the person key"),
                ColumnUse.PersonGroup => SqlRefusals.At(SqlRefusals.Subquery, reference.Position,
                    $"A per-person subquery groups by the person key only and selects it and aggregates; {name} is not the person key"),
                _ => SqlRefusals.At(SqlRefusals.Unsupported, reference.Position, $"COUNT(DISTINCT …) is supported only on the person key, not on {name}"),
            };
    }

    private void CheckGranted(ColumnExpr reference, VaultTable table, Column column)
    {
        // The person key is the privacy unit itself: it is never released, only counted or joined on.
        if (_grants is null || column.Class == ColumnClass.PersonKey) return;
        if (!IsGranted(table, column))
            throw SqlRefusals.At(SqlRefusals.NotGranted, reference.Position,
                $"Column {SqlRefusals.Quote(table.Name + "." + column.Name)} is not granted to this project; ask the steward to grant it");
    }

    /// <summary>
    /// A table may be read only when the project is granted one of its columns that a query may use (not the
    /// person key, an identifier or facial data): otherwise COUNT(*) over it, or a join with it, would release
    /// what the grants withhold.
    /// </summary>
    private void CheckTableGranted(TableRef reference, VaultTable table)
    {
        static bool Usable(Column c) => c.Class is not (ColumnClass.PersonKey or ColumnClass.DirectIdentifier or ColumnClass.Facial);
        if (_grants is null || table.Columns.Any(c => Usable(c) && IsGranted(table, c))) return;
        throw SqlRefusals.At(SqlRefusals.NotGranted, reference.Position,
            $"Table {SqlRefusals.Quote(table.Name)} has no column granted to this project, so it cannot be queried or joined; ask the steward to grant its columns");
    }

    private bool IsGranted(VaultTable table, Column column) =>
        _grants!.Any(g => NamesEqual(g, column.Name) || NamesEqual(g, $"{table.Name}.{column.Name}"));
}
