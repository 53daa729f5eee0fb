using System.Runtime.CompilerServices;
using Kura.Anonymity.Hierarchies;
using System.Runtime.ExceptionServices;
using Kura.Core;

namespace Kura.Anonymity.Encoding;

/// <summary>The table dictionary-encoded once: leaf codes per quasi-identifier, value codes per sensitive column.</summary>
internal sealed class EncodedTable
{
    private EncodedTable(int rows, Hierarchy[] hierarchies, int[][] qiCodes, string[] sensitiveColumns, int[][] sensitiveCodes, int[] sensitiveDomains)
    {
        Rows = rows;
        Hierarchies = hierarchies;
        QiCodes = qiCodes;
        SensitiveColumns = sensitiveColumns;
        SensitiveCodes = sensitiveCodes;
        SensitiveDomains = sensitiveDomains;
        Layout = new KeyLayout(hierarchies.Select(h => h.DomainSize).ToArray(), sensitiveDomains);
    }

    public int Rows { get; }
    public Hierarchy[] Hierarchies { get; }
    public int[][] QiCodes { get; }
    public string[] SensitiveColumns { get; }
    public int[][] SensitiveCodes { get; }
    public int[] SensitiveDomains { get; }
    public KeyLayout Layout { get; }

    private int[]?[]? histograms;

    /// <summary>Records per original value of quasi-identifier <paramref name="d"/> (computed once).</summary>
    public int[] LeafHistogram(int d)
    {
        histograms ??= new int[]?[QiCodes.Length];
        if (histograms[d] is { } cached) return cached;
        var histogram = new int[Hierarchies[d].DomainSize];
        foreach (var c in QiCodes[d]) histogram[c]++;
        return histograms[d] = histogram;
    }

    public static EncodedTable Encode(SourceTable table, AnonymizationSpec spec)
    {
        var qis = spec.QuasiIdentifiers;
        var hierarchies = qis.Select(q => q.Hierarchy).ToArray();
        var qiCodes = new int[qis.Count][];
        var sensitive = spec.SensitiveCriteria.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToArray();
        var sensitiveCodes = new int[sensitive.Length][];
        var domains = new int[sensitive.Length];
        var names = qis.Select(q => q.Column).Concat(sensitive).ToArray();
        var columns = names.Select(table.Column).ToArray();
        try
        {
            Parallel.For(0, columns.Length, i =>
            {
                if (i < qis.Count) qiCodes[i] = EncodeLeaves(columns[i], hierarchies[i], qis[i].Column);
                else (sensitiveCodes[i - qis.Count], domains[i - qis.Count]) = EncodeValues(columns[i], names[i]);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is KuraException inner)
        {
            ExceptionDispatchInfo.Throw(inner);
        }
        return new EncodedTable(table.RowCount, hierarchies, qiCodes, sensitive, sensitiveCodes, domains);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] EncodeLeaves(IReadOnlyList<string> values, Hierarchy hierarchy, string column)
    {
        var codes = new int[values.Count];
        var cache = new ValueCodeCache(hierarchy.LeafCode);
        for (var r = 0; r < codes.Length; r++)
        {
            codes[r] = cache.CodeOf(values[r] ?? throw NullValue(column, r));
            if (codes[r] < 0)
            {
                throw KuraException.BadInput("KURA-ANON-VALUE-UNKNOWN",
                    $"Row {r + 1} of column '{column}' has a value that its hierarchy does not list; add it to the hierarchy or clean the column.");
            }
        }
        return codes;
    }

    private static KuraException NullValue(string column, int row) => KuraException.BadInput("KURA-ANON-NULL-VALUE",
        $"Row {row + 1} of column '{column}' is null; map missing values to a string (and list it in the hierarchy) before anonymising.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Codes, int Domain) EncodeValues(IReadOnlyList<string> values, string column)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var cache = new ValueCodeCache(value =>
        {
            if (!dictionary.TryGetValue(value, out var code)) dictionary.Add(value, code = dictionary.Count);
            return code;
        });
        var codes = new int[values.Count];
        for (var r = 0; r < codes.Length; r++) codes[r] = cache.CodeOf(values[r] ?? throw NullValue(column, r));
        return (codes, Math.Max(1, dictionary.Count));
    }
}
