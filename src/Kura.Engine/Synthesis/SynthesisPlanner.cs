using Kura.Core;
using Kura.Synthesis;
using Kura.Synthesis.Domains;

namespace Kura.Engine.Synthesis;

/// <summary>
/// Turns a request into a <see cref="SynthesisPlan"/> from public metadata only (catalog, declarations): which
/// columns, their domains, the method, the workload and the classifier target. Pure; everything it refuses is
/// refused before any budget is reserved.
/// </summary>
internal static class SynthesisPlanner
{
    public static SynthesisPlan Plan(Dataset dataset, Project project, SyntheticRequest request, IReadOnlyList<StoredSynthesisDomain> stored)
    {
        var domains = new DomainResolver(dataset.Name, stored, request);
        var perPerson = request.Features is { } requested ? PersonFeaturePlanner.Columns(dataset, project, requested, domains) : null;
        var features = perPerson?.Select(x => x.Feature).ToList();
        var (columns, tables) = perPerson is not null
            ? ([.. perPerson.Select(x => x.Column)], [.. features!.Select(f => f.Table).Distinct(StringComparer.Ordinal)])
            : RowColumns(dataset, project, request, domains);
        if (columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count)
            throw Bad("KURA-SYNTH-COLUMN-TWICE", "Two synthesised columns have the same name; name each column or feature once.");
        var target = Target(columns, request.Target);
        // MST is the default and is built around the target; a workload names what AIM should measure.
        var method = request.Method ?? (request.Workload is { Count: > 0 } ? SynthesisMethod.Aim : SynthesisMethod.Mst);
        var workload = method == SynthesisMethod.Aim ? Workload(columns, request.Workload) : null;
        return new SynthesisPlan(columns, tables, features, method, workload, target, ModelTarget(method, columns, target, request.Target is not null))
        {
            LeftOut = perPerson is null && request.Columns is not { Count: > 0 } ? WithoutDomain(dataset, project, request, domains) : [],
        };
    }

    // Without --columns every releasable, granted column with a domain is synthesised; the rest are named, not hidden.
    private static List<string> WithoutDomain(Dataset dataset, Project project, SyntheticRequest request, DomainResolver domains) =>
        [.. ChooseTables(dataset, request).SelectMany(t => t.Columns
            .Where(c => Releasable(c) && SourceRules.IsGranted(project, t, c) && !domains.HasDomain(t, c))
            .Select(c => $"{t.Name}.{c.Name}"))];

    /// <summary>An empty table over the plan's domains: what <see cref="Synthesizer.Validate"/> checks before spending.</summary>
    public static EncodedTable EmptyTable(SynthesisPlan plan) => EmptyTable(plan.Columns);

    private static EncodedTable EmptyTable(IReadOnlyList<SyntheticColumn> columns) =>
        new([.. columns.Select(c => c.Domain)], [.. columns.Select(_ => Array.Empty<int>())]);

    private static (List<SyntheticColumn>, List<string>) RowColumns(Dataset dataset, Project project, SyntheticRequest request, DomainResolver domains)
    {
        var tables = ChooseTables(dataset, request);
        if (tables.Count > 1 && dataset.Unit.IsRow)
            throw Bad("KURA-SYNTH-JOIN-PER-ROW", $"Dataset '{dataset.Name}' counts each row as a person, so rows of different tables cannot be joined; synthesise one table.");
        var chosen = request.Columns is { Count: > 0 } specs
            ? specs.Select(s => Find(tables, s)).ToList()
            : [.. tables.SelectMany(t => t.Columns.Where(c => Releasable(c) && SourceRules.IsGranted(project, t, c) && domains.HasDomain(t, c)).Select(c => (t, c)))];
        if (chosen.Count == 0)
            throw Bad("KURA-SYNTH-NO-COLUMNS",
                $"No column of {string.Join(", ", tables.Select(t => t.Name))} has a declared domain (identifiers and facial data are never synthesised). " +
                $"Name columns with --columns and declare their domains with --domain/--bins, or store them with 'kura synth domain {dataset.Name} TABLE.COLUMN=…'. Nothing was spent.");
        var clashes = chosen.GroupBy(x => x.Item2.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = chosen.Select(x =>
        {
            var (table, column) = x;
            SourceRules.Check(project, table, column);
            var name = clashes.Contains(column.Name) ? $"{table.Name}.{column.Name}" : column.Name;
            var (domain, origin) = domains.Resolve(name, table, column);
            return new SyntheticColumn(name, table.Name, column.Name, column.Class, domain, origin);
        }).ToList();
        return (columns, [.. tables.Select(t => t.Name)]);
    }

    private static List<VaultTable> ChooseTables(Dataset dataset, SyntheticRequest request)
    {
        var names = request.Table is { } table ? [table]
            : request.Columns?.Where(c => c.Contains('.')).Select(c => c[..c.LastIndexOf('.')]).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } named ? named
            : dataset.Tables.Count == 1 ? [dataset.Tables[0].Name]
            : throw Bad("KURA-SYNTH-TABLE-AMBIGUOUS",
                $"Dataset '{dataset.Name}' has several tables ({string.Join(", ", dataset.Tables.Select(t => t.Name))}); name one with --table, or use --per-person with features.");
        return [.. names.Select(n => dataset.FindTable(n) ?? throw KuraException.NotFound("KURA-TABLE-NOT-FOUND",
            $"Table '{n}' does not exist in dataset '{dataset.Name}'. See 'kura dataset show {dataset.Name}'."))];
    }

    private static (VaultTable, Column) Find(List<VaultTable> tables, string spec)
    {
        var dot = spec.LastIndexOf('.');
        var found = tables.Where(t => dot < 0 || string.Equals(t.Name, spec[..dot], StringComparison.OrdinalIgnoreCase))
            .Select(t => (Table: t, Column: t.FindColumn(dot < 0 ? spec : spec[(dot + 1)..]))).Where(x => x.Column is not null).ToList();
        return found.Count switch
        {
            0 => throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND", $"Column '{spec}' is not in table(s) {string.Join(", ", tables.Select(t => t.Name))}."),
            1 => (found[0].Table, found[0].Column!),
            _ => throw Bad("KURA-SYNTH-COLUMN-AMBIGUOUS", $"Column '{spec}' exists in several tables; write it as TABLE.COLUMN."),
        };
    }

    private static bool Releasable(Column column) =>
        column.Class is not (ColumnClass.PersonKey or ColumnClass.DirectIdentifier or ColumnClass.Facial) && !VaultColumns.IsHidden(column.Name);

    // The last categorical column unless one is named; a classifier needs at least one other column.
    private static string? Target(List<SyntheticColumn> columns, string? requested)
    {
        if (requested is null)
            return columns.Count < 2 ? null : columns.LastOrDefault(c => c.Domain is CategoricalDomain)?.Name;
        var column = columns.FirstOrDefault(c => string.Equals(c.Name, requested, StringComparison.OrdinalIgnoreCase))
            ?? throw Bad("KURA-SYNTH-TARGET", $"--target '{requested}' is not one of the synthesised columns ({string.Join(", ", columns.Select(c => c.Name))}).");
        if (columns.Count < 2) throw Bad("KURA-SYNTH-TARGET", "A classifier target needs at least one other synthesised column.");
        return column.Name;
    }

    // A named target must fit (the synthesizer refuses it otherwise); a default one too large is simply not used.
    private static string? ModelTarget(SynthesisMethod method, List<SyntheticColumn> columns, string? target, bool named)
    {
        if (method != SynthesisMethod.Mst || target is null) return null;
        return named || Synthesizer.TargetFits(EmptyTable(columns), target) ? target : null;
    }

    private static List<IReadOnlyList<string>> Workload(List<SyntheticColumn> columns, IReadOnlyList<IReadOnlyList<string>>? requested)
    {
        string Canonical(string name) => columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))?.Name
            ?? throw Bad("KURA-SYNTH-WORKLOAD", $"Workload column '{name}' is not one of the synthesised columns ({string.Join(", ", columns.Select(c => c.Name))}).");
        if (requested is { Count: > 0 }) return [.. requested.Select(m => (IReadOnlyList<string>)[.. m.Select(Canonical)])];
        if (columns.Count == 1) return [[columns[0].Name]];
        return [.. from a in Enumerable.Range(0, columns.Count)
                   from b in Enumerable.Range(a + 1, columns.Count - a - 1)
                   select (IReadOnlyList<string>)[columns[a].Name, columns[b].Name]];
    }

    private static KuraException Bad(string code, string message) => KuraException.BadInput(code, message);
}
