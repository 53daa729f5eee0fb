using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// Turns a request into an <see cref="ExtractPlan"/>: which tables, which columns, which are deleted and why. Pure.
/// A column the user names explicitly is refused when the rules delete it, rather than silently left out.
/// </summary>
internal static class ExtractPlanner
{
    public static ExtractPlan Plan(Dataset dataset, Project project, ExtractRequest request, ExtractRules rules)
    {
        var tables = ChooseTables(dataset, request);
        var oneRowPerPerson = request.Kind == ExtractKind.Anonymized;
        if (tables.Count > 1 && dataset.Unit.IsRow)
            throw Bad("KURA-EXTRACT-JOIN-PER-ROW",
                $"Dataset '{dataset.Name}' counts each row as a person, so rows of different tables are not the same person and cannot be joined; extract one table at a time.");
        if (!oneRowPerPerson) tables = MultiRowTableFirst(tables);
        var wanted = WantedColumns(tables, request);
        var dropped = new List<DroppedColumn>();
        var released = new List<(VaultTable Table, Column Column, ColumnTreatment Treatment)>();
        if (request.Kind == ExtractKind.Pseudonymized) released.Add((tables[0], PersonKeyOf(dataset, tables[0]), ColumnTreatment.Pseudonym));
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                var explicitly = wanted?.Contains((table, column)) == true;
                if (column.Class == ColumnClass.PersonKey && request.Kind == ExtractKind.Pseudonymized) continue;
                var reason = rules.DropReasonOf(column, request.Kind) ?? (IsGranted(project, table, column) ? null : DropReason.NotGranted);
                if (reason is { } r)
                {
                    if (explicitly) throw Refused(table, column, r, project);
                    if (table == tables[0] || column.Class != ColumnClass.PersonKey) dropped.Add(new DroppedColumn(table.Name, column.Name, column.Class, r));
                    continue;
                }
                if (wanted is not null && !explicitly) continue;
                if (ExtractRules.NeedsDeclaredBounds(column, request.Kind)) throw Unbounded(dataset, table, column);
                released.Add((table, column, ExtractRules.TreatmentOf(column, request.Kind, request.RareValueThresholdInForce)));
            }
        }
        if (released.All(c => c.Treatment == ColumnTreatment.Pseudonym))
            throw Bad("KURA-EXTRACT-NO-COLUMNS", "After deleting identifiers, identification codes, payment data and facial data, no column is left to release; choose other columns with --columns.");
        return new ExtractPlan([.. tables.Select(t => t.Name)], Name(released), dropped, oneRowPerPerson);
    }

    private static List<VaultTable> ChooseTables(Dataset dataset, ExtractRequest request)
    {
        var names = request.Tables is { Count: > 0 } given ? given
            : request.Columns?.Where(c => c.Contains('.')).Select(c => c[..c.LastIndexOf('.')]).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } named ? named
            : dataset.Tables.Count == 1 ? [dataset.Tables[0].Name]
            : throw Bad("KURA-EXTRACT-TABLE-AMBIGUOUS",
                $"Dataset '{dataset.Name}' has several tables ({string.Join(", ", dataset.Tables.Select(t => t.Name))}); name them with --table (the first is the base, the others are joined on the person key).");
        var tables = names.Select(n => dataset.FindTable(n) ?? throw KuraException.NotFound("KURA-TABLE-NOT-FOUND",
            $"Table '{n}' does not exist in dataset '{dataset.Name}'. See 'kura dataset show {dataset.Name}'.")).ToList();
        if (tables.Distinct().Count() != tables.Count) throw Bad("KURA-EXTRACT-TABLE-TWICE", "A table is named twice in --table.");
        return tables;
    }

    // A pseudonymised join keeps every row of at most one many-rows-per-person table and attaches the others' single rows.
    private static List<VaultTable> MultiRowTableFirst(List<VaultTable> tables)
    {
        var multi = tables.Where(t => t.RowCount > t.PersonCount).ToList();
        if (multi.Count > 1 && tables.Count > 1)
            throw Bad("KURA-EXTRACT-JOIN-MANY", $"Tables {string.Join(" and ", multi.Select(t => t.Name))} both hold several rows per person; joining them would pair every row of one with every row of the other. Extract them separately.");
        return multi.Count == 1 ? [multi[0], .. tables.Where(t => t != multi[0])] : tables;
    }

    private static HashSet<(VaultTable, Column)>? WantedColumns(List<VaultTable> tables, ExtractRequest request)
    {
        if (request.Columns is not { Count: > 0 } specs) return null;
        var wanted = new HashSet<(VaultTable, Column)>();
        foreach (var spec in specs)
        {
            var dot = spec.LastIndexOf('.');
            var candidates = tables
                .Where(t => dot < 0 || string.Equals(t.Name, spec[..dot], StringComparison.OrdinalIgnoreCase))
                .Select(t => (Table: t, Column: t.FindColumn(dot < 0 ? spec : spec[(dot + 1)..])))
                .Where(x => x.Column is not null).Select(x => (x.Table, x.Column!)).ToList();
            if (candidates.Count == 0)
                throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND", $"Column '{spec}' is not in the extract's tables ({string.Join(", ", tables.Select(t => t.Name))}).");
            if (candidates.Count > 1 && candidates.Any(c => c.Item2.Class != ColumnClass.PersonKey))
                throw Bad("KURA-EXTRACT-COLUMN-AMBIGUOUS", $"Column '{spec}' exists in several tables; write it as TABLE.COLUMN.");
            wanted.Add(candidates[0]);
        }
        return wanted;
    }

    private static Column PersonKeyOf(Dataset dataset, VaultTable table) => dataset.Unit.Column is { } key
        ? table.FindColumn(key) ?? throw KuraException.Internal("KURA-EXTRACT-NO-PERSON-KEY", $"Table '{table.Name}' has no person-key column '{key}'.")
        : new Column(VaultColumns.RowId, ColumnType.Integer, ColumnClass.PersonKey);

    private static bool IsGranted(Project project, VaultTable table, Column column) =>
        project.GrantedColumns is not { } grants || column.Class == ColumnClass.PersonKey
        || grants.Any(g => string.Equals(g, column.Name, StringComparison.OrdinalIgnoreCase)
                           || string.Equals(g, $"{table.Name}.{column.Name}", StringComparison.OrdinalIgnoreCase));

    private static List<PlannedColumn> Name(List<(VaultTable Table, Column Column, ColumnTreatment Treatment)> released)
    {
        var clashes = released.Where(r => r.Treatment != ColumnTreatment.Pseudonym).GroupBy(r => r.Column.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. released.Select(r =>
        {
            var name = r.Treatment == ColumnTreatment.Pseudonym ? ExtractRules.PseudonymColumn
                : clashes.Contains(r.Column.Name) ? $"{r.Table.Name}.{r.Column.Name}" : r.Column.Name;
            var type = r.Treatment == ColumnTreatment.Pseudonym ? ColumnType.Text : r.Column.Type;
            return new PlannedColumn(new ExtractColumn(name, r.Table.Name, r.Column.Name, r.Column.Class, type, r.Treatment), r.Column);
        })];
    }

    private static KuraException Refused(VaultTable table, Column column, DropReason reason, Project project)
    {
        var what = reason switch
        {
            DropReason.DirectIdentifier => "is a direct identifier, which an extract never contains (APPI-PSE-01(1), APPI-ANO-01(1))",
            DropReason.IdentificationCode => "is an individual identification code, which every extract deletes (APPI-PSE-01(2), APPI-ANO-01(2))",
            DropReason.FinancialDescriptor => "may cause financial harm if misused (card or account data), so every extract deletes it (APPI-PSE-01(3))",
            DropReason.Facial => "holds facial data, which never leaves in an extract",
            DropReason.LinkingCode => "is the person key: an anonymised extract deletes codes linking it to the source (APPI-ANO-01(3)); use a pseudonymised extract to keep persons linked",
            _ => $"is not granted to project '{project.Name}'; a steward must grant it",
        };
        var code = reason == DropReason.NotGranted ? "KURA-EXTRACT-COLUMN-NOT-GRANTED" : "KURA-EXTRACT-COLUMN-REFUSED";
        return KuraException.Policy(code, $"Column '{table.Name}.{column.Name}' {what}. Leave it out of --columns.");
    }

    private static KuraException Unbounded(Dataset dataset, VaultTable table, Column column) => KuraException.Policy("KURA-EXTRACT-BOUNDS-MISSING",
        $"Column '{table.Name}.{column.Name}' is a number without declared bounds, so an anonymized extract cannot top- and bottom-code its outliers " +
        $"(peculiar values, APPI-ANO-01(4)). Declare public bounds (known limits, never read off the data) with " +
        $"'kura dataset bounds {dataset.Name} {table.Name}.{column.Name}=LOW:HIGH', or leave the column out with --columns " +
        "(a number that identifies a record, such as a receipt number, is a linking code: leave it out). Nothing was read or written.");

    private static KuraException Bad(string code, string message) => KuraException.BadInput(code, message);
}
