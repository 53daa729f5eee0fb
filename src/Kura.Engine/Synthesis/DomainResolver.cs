using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Synthesis.Domains;

namespace Kura.Engine.Synthesis;

/// <summary>
/// Finds the public domain of a column, in order: declared for this run (by output name, <c>TABLE.COLUMN</c> or
/// <c>COLUMN</c>), stored for the dataset, or the column's public domain (<c>kura dataset domain</c>). Never the data.
/// </summary>
internal sealed class DomainResolver(string dataset, IReadOnlyList<StoredSynthesisDomain> stored, SyntheticRequest request)
{
    private string? OtherLabel => request.OtherBucket ? ExtractRules.OtherLabel : null;

    /// <summary>The domain of <paramref name="column"/> of <paramref name="table"/>, written as <paramref name="name"/>, or a refusal saying how to declare one.</summary>
    public (SynthesisDomain Domain, string Origin) Resolve(string name, VaultTable table, Column column)
    {
        if (Declared(name, $"{table.Name}.{column.Name}", column.Name) is { } inline) return (Build(name, table, column, inline), "request");
        var saved = stored.FirstOrDefault(s => Same(s.Table, table.Name) && Same(s.Column, column.Name));
        if (saved is not null) return (Build(name, table, column, saved.Domain), "stored");
        if (column.PublicDomain is { Count: > 0 } values) return (DomainDeclaration.OfValues(values).ToDomain(name, OtherLabel), "public-domain");
        throw Missing(name, table, column);
    }

    /// <summary>True when <see cref="Resolve"/> finds a domain for the column.</summary>
    public bool HasDomain(VaultTable table, Column column) =>
        Declared($"{table.Name}.{column.Name}", column.Name) is not null || column.PublicDomain is { Count: > 0 }
        || stored.Any(s => Same(s.Table, table.Name) && Same(s.Column, column.Name));

    /// <summary>The first domain declared for this run under one of <paramref name="keys"/> (compared ignoring case), or null.</summary>
    public DomainDeclaration? Declared(params string[] keys) =>
        keys.Select(k => request.Domains.FirstOrDefault(d => Same(d.Key, k)).Value).FirstOrDefault(d => d is not null);

    public SynthesisDomain Build(string name, VaultTable table, Column column, DomainDeclaration declaration) =>
        Build(name, table, column, declaration, OtherLabel);

    /// <summary>The domain a declaration gives a column, refusing bins on a column that is not numeric.</summary>
    public static SynthesisDomain Build(string name, VaultTable table, Column column, DomainDeclaration declaration, string? otherLabel)
    {
        if (declaration.IsBins && column.Type is not (ColumnType.Integer or ColumnType.Decimal))
            throw KuraException.BadInput("KURA-SYNTH-BINS-NOT-NUMERIC",
                $"Column '{table.Name}.{column.Name}' is {column.Type.ToString().ToLowerInvariant()}, so numeric bins cannot describe it; declare a value list instead" +
                (column.Type == ColumnType.Date ? " or, in --per-person, an age feature (NAME=age:TABLE.COLUMN:LOW:HIGH:WIDTH)." : "."));
        return declaration.ToDomain(name, otherLabel);
    }

    private KuraException Missing(string name, VaultTable table, Column column) => KuraException.BadInput("KURA-SYNTH-DOMAIN-MISSING",
        $"Column '{table.Name}.{column.Name}' has no declared domain, and Kura never reads one off the data. Declare it for this run with " +
        $"--domain {name}=FILE (a hierarchy file whose first field lists the values) or --bins {name}=LOW:HIGH:WIDTH, " +
        $"or store it once with 'kura synth domain {dataset} {table.Name}.{column.Name}=V1,V2,…' (or =@FILE or =LOW:HIGH:WIDTH). Nothing was spent.");

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
