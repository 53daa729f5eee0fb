using System.Globalization;
using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Engine.Synthesis;

/// <summary>
/// Checks per-person features against the catalog (tables, columns, types, classes, grants) and gives each its
/// declared domain, so the one-row-per-person table encodes like any other and the guarantee is per person.
/// </summary>
internal static class PersonFeaturePlanner
{
    /// <summary>Each feature's output column, and the feature with the catalog's spelling of its table and column.</summary>
    public static List<(SyntheticColumn Column, PersonFeatureSpec Feature)> Columns(Dataset dataset, Project project, IReadOnlyList<PersonFeatureSpec> features, DomainResolver domains)
    {
        if (dataset.Unit.IsRow)
            throw KuraException.BadInput("KURA-SYNTH-PER-PERSON-ROW",
                $"Dataset '{dataset.Name}' counts each row as a person, so it is one row per person already; synthesise it without --per-person.");
        if (features.Count == 0)
            throw KuraException.BadInput("KURA-SYNTH-FEATURE", "--per-person needs at least one --feature.");
        return [.. features.Select(f => Column(dataset, project, f, domains))];
    }

    private static (SyntheticColumn, PersonFeatureSpec) Column(Dataset dataset, Project project, PersonFeatureSpec feature, DomainResolver domains)
    {
        var table = dataset.FindTable(feature.Table) ?? throw KuraException.NotFound("KURA-TABLE-NOT-FOUND",
            $"Feature '{feature.Name}' reads table '{feature.Table}', which does not exist in dataset '{dataset.Name}'.");
        if (table.FindColumn(dataset.Unit.Column!) is null)
            throw KuraException.BadInput("KURA-SYNTH-FEATURE", $"Table '{table.Name}' has no person-key column '{dataset.Unit.Column}', so feature '{feature.Name}' cannot be computed per person.");
        if (feature.Column is null)
            return (new SyntheticColumn(feature.Name, table.Name, null, ColumnClass.Ordinary, CountDomain(feature), "feature"), feature with { Table = table.Name });
        var column = table.FindColumn(feature.Column) ?? throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND",
            $"Feature '{feature.Name}' reads column '{feature.Column}', which does not exist in {dataset.Name}.{table.Name}.");
        SourceRules.Check(project, table, column);
        var (domain, origin) = feature.Kind switch
        {
            PersonFeatureKind.Category => domains.Resolve(feature.Name, table, column),
            PersonFeatureKind.Age => (AgeDomain(feature, table, column, domains), "feature"),
            PersonFeatureKind.Count => (CountDomain(feature), "feature"),
            _ => (SumDomain(feature, table, column), "feature"),
        };
        return (new SyntheticColumn(feature.Name, table.Name, column.Name, column.Class, domain, origin), feature with { Table = table.Name, Column = column.Name });
    }

    private static SynthesisDomain AgeDomain(PersonFeatureSpec feature, VaultTable table, Column column, DomainResolver domains)
    {
        if (column.Type != ColumnType.Date)
            throw KuraException.BadInput("KURA-SYNTH-FEATURE",
                $"Feature '{feature.Name}': an age is counted from a birth-date column, and {table.Name}.{column.Name} is {column.Type.ToString().ToLowerInvariant()}. " +
                $"For a column that holds ages already use {feature.Name}=category:{table.Name}.{column.Name} with --bins {feature.Name}=LOW:HIGH:WIDTH.");
        var bins = feature.Bins is { } b ? DomainDeclaration.OfBins(b) : domains.Declared(feature.Name);
        if (bins is not { IsBins: true })
            throw KuraException.BadInput("KURA-SYNTH-DOMAIN-MISSING",
                $"Feature '{feature.Name}' needs age bins: write {feature.Name}=age:{table.Name}.{column.Name}:0:100:10 or add --bins {feature.Name}=0:100:10. Nothing was spent.");
        return NumericBinDomain.Parse(feature.Name, bins.Bins!);
    }

    private static SynthesisDomain SumDomain(PersonFeatureSpec feature, VaultTable table, Column column)
    {
        if (column.Type is not (ColumnType.Integer or ColumnType.Decimal))
            throw KuraException.BadInput("KURA-SYNTH-FEATURE",
                $"Feature '{feature.Name}' sums {table.Name}.{column.Name}, which is {column.Type.ToString().ToLowerInvariant()}; a sum needs a numeric column.");
        return NumericBinDomain.Parse(feature.Name, feature.Bins!);
    }

    // "0" … "CAP", where CAP means CAP or more; the vault caps the count.
    private static SynthesisDomain CountDomain(PersonFeatureSpec feature) =>
        new CategoricalDomain(feature.Name, Enumerable.Range(0, feature.Cap + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
