using Kura.Core;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of a dataset: metadata only, never values.</summary>
internal sealed record DatasetView(string Name, string PrivacyUnit, IReadOnlyList<DatasetView.TableView> Tables)
{
    public sealed record TableView(string Name, long Rows, long Persons, int MaxRowsPerPerson, IReadOnlyList<ColumnView> Columns);

    public sealed record ColumnView(string Name, string Type, string Class, bool Confirmed, bool SubjectAge, string? Bounds, int? PublicDomainSize);

    public static DatasetView From(Dataset d) => new(d.Name, d.Unit.ToString(), d.Tables.Select(t => new TableView(
        t.Name, t.RowCount, t.PersonCount, t.MaxRowsPerPerson,
        t.Columns.Select(c => new ColumnView(c.Name, c.Type.ToString().ToLowerInvariant(), c.Class.ToName(), c.ClassConfirmed,
            c.IsSubjectAge, c.Bounds?.ToString(), c.PublicDomain?.Count)).ToList())).ToList());
}
