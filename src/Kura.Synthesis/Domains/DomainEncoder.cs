using Kura.Core;

namespace Kura.Synthesis.Domains;

/// <summary>
/// Encodes raw rows into an <see cref="EncodedTable"/> by the declared domains only. A row with a value that has no
/// place in its domain (an undeclared category without an "other" bucket, a non-number in a binned column) is left
/// out: a per-row transformation, so the privacy guarantee of what is fitted afterwards is unchanged.
/// </summary>
public sealed class DomainEncoder
{
    /// <summary>
    /// Chooses the domain of every requested column from the declared ones. Throws <c>KURA-SYNTH-DOMAIN-MISSING</c>
    /// naming the first column that has none and saying how to declare it.
    /// </summary>
    public DomainEncoder(IReadOnlyList<string> columns, IReadOnlyDictionary<string, SynthesisDomain> declared)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(declared);
        if (columns.Count == 0)
            throw KuraException.BadInput("KURA-SYNTH-NO-COLUMNS", "Name at least one column to synthesise.");
        var domains = new SynthesisDomain[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (!declared.TryGetValue(columns[i], out var domain))
                throw KuraException.BadInput("KURA-SYNTH-DOMAIN-MISSING",
                    $"Column '{columns[i]}' has no declared domain, and domains are never read off the data. Declare it with " +
                    $"--domain {columns[i]}=FILE (a hierarchy file whose first column lists the values) or --bins {columns[i]}=LOW:HIGH:WIDTH, " +
                    "or store one for the dataset.");
            if (!string.Equals(domain.Column, columns[i], StringComparison.Ordinal))
                throw KuraException.BadInput("KURA-SYNTH-DOMAIN-MISMATCH", $"The domain declared for column '{columns[i]}' describes column '{domain.Column}'.");
            domains[i] = domain;
        }
        Domains = domains;
    }

    /// <summary>The domain of each column, in the order the columns were named.</summary>
    public IReadOnlyList<SynthesisDomain> Domains { get; }

    /// <summary>
    /// Encodes rows whose values are in the column order given to the constructor. The result's
    /// <see cref="EncodingResult.RowsLeftOut"/> is an exact count that stays inside the vault.
    /// </summary>
    public EncodingResult Encode(IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = Domains.Select(_ => new List<int>()).ToArray();
        var codes = new int[Domains.Count];
        var leftOut = 0;
        foreach (var row in rows)
        {
            if (row.Count != Domains.Count)
                throw KuraException.BadInput("KURA-SYNTH-ROW-WIDTH", $"A row has {row.Count} values where {Domains.Count} columns were named.");
            if (!TryEncodeRow(row, codes))
            {
                leftOut++;
                continue;
            }
            for (var c = 0; c < codes.Length; c++)
                columns[c].Add(codes[c]);
        }
        return new EncodingResult(new EncodedTable(Domains, columns.Select(c => c.ToArray()).ToArray()), leftOut);
    }

    private bool TryEncodeRow(IReadOnlyList<string?> row, int[] codes)
    {
        for (var c = 0; c < codes.Length; c++)
        {
            if (!Domains[c].TryEncode(row[c], out codes[c]))
                return false;
        }
        return true;
    }
}
