using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>
/// Checks a parsed query against the catalog — tables of one dataset, the project's granted columns, column
/// classes, joins on the person key, types — and resolves every name. Depends only on the query text and
/// the catalog, never on data, so its refusals reveal nothing about any person.
/// </summary>
internal sealed partial class Binder
{
    private readonly Dataset _dataset;
    private readonly IReadOnlyList<string>? _grants;
    private readonly BoundingOptions _options;
    private readonly List<BoundSource> _sources = [];
    private readonly List<(string Table, string Column)> _referenced = [];

    private Binder(Dataset dataset, IReadOnlyList<string>? grants, BoundingOptions options)
    {
        _dataset = dataset;
        _grants = grants;
        _options = options;
    }

    // grants: granted columns as table.column or column; null grants every non-identifier column.
    // options: only the rows-per-person caps are read, for the public range of per-person subquery values.
    public static BoundQuery Bind(SelectStatement statement, Dataset dataset, IReadOnlyList<string>? grants, BoundingOptions options)
    {
        var binder = new Binder(dataset, grants, options);
        binder.BindSources(statement);
        return binder.BindQuery(statement);
    }

    private void BindSources(SelectStatement statement)
    {
        if (statement.From.Subquery is not null)
        {
            BindDerived(statement);
            return;
        }
        AddSource(statement.From, null);
        foreach (var join in statement.Joins)
        {
            if (_dataset.Unit.IsRow)
                throw SqlRefusals.At(SqlRefusals.Join, join.Position,
                    $"Dataset {SqlRefusals.Quote(_dataset.Name)} has one person per row, so its tables cannot be joined");
            AddSource(join.Table, join.Kind);
            CheckJoinCondition(join);
        }
    }

    private void AddSource(TableRef reference, JoinKind? join)
    {
        if (reference.Schema is not null && !NamesEqual(reference.Schema, _dataset.Name))
            throw SqlRefusals.At(SqlRefusals.UnknownTable, reference.Position,
                $"Only tables of dataset {SqlRefusals.Quote(_dataset.Name)} can be queried, not schema {SqlRefusals.Quote(reference.Schema)}");
        var table = _dataset.Tables.FirstOrDefault(t => NamesEqual(t.Name, reference.Name))
            ?? throw SqlRefusals.At(SqlRefusals.UnknownTable, reference.Position,
                $"Unknown table {SqlRefusals.Quote(reference.Name)} in dataset {SqlRefusals.Quote(_dataset.Name)}; tables: {string.Join(", ", _dataset.Tables.Select(t => t.Name))}");
        var alias = reference.Alias ?? table.Name;
        if (_sources.Any(s => NamesEqual(s.Alias, alias)))
            throw SqlRefusals.At(SqlRefusals.Join, reference.Position, $"The name {SqlRefusals.Quote(alias)} is used twice in FROM; give each table its own alias");
        if (!_dataset.Unit.IsRow && table.FindColumn(_dataset.Unit.Column!) is null)
            throw SqlRefusals.At(SqlRefusals.Join, reference.Position,
                $"Table {SqlRefusals.Quote(table.Name)} has no person key column {SqlRefusals.Quote(_dataset.Unit.Column!)}; it cannot be queried with DP");
        CheckTableGranted(reference, table);
        _sources.Add(new BoundSource(table, alias, join));
    }

    private void CheckJoinCondition(JoinClause join)
    {
        var newest = _sources.Count - 1;
        if (join.On is BinaryExpr { Op: BinaryOp.Equal, Left: ColumnExpr left, Right: ColumnExpr right }
            && ResolveColumn(left, ColumnUse.Join) is { } a && ResolveColumn(right, ColumnUse.Join) is { } b
            && a.Column.Class == ColumnClass.PersonKey && b.Column.Class == ColumnClass.PersonKey
            && NamesEqual(a.Column.Name, _dataset.Unit.Column!) && NamesEqual(b.Column.Name, _dataset.Unit.Column!)
            && (a.Source == newest) != (b.Source == newest))
        {
            _sources[newest] = _sources[newest] with { JoinedTo = a.Source == newest ? b.Source : a.Source };
            return;
        }
        throw SqlRefusals.At(SqlRefusals.Join, join.On.Position,
            $"A join must be ON a.{_dataset.Unit.Column} = b.{_dataset.Unit.Column}, equating the person key of the joined table with an earlier one");
    }

    internal static bool NamesEqual(string a, string b) =>
        string.Equals(a.Normalize(System.Text.NormalizationForm.FormC), b.Normalize(System.Text.NormalizationForm.FormC),
            StringComparison.OrdinalIgnoreCase);
}
