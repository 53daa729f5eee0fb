using System.Numerics;
using Kura.Anonymity.Encoding;
using Kura.Anonymity.Metrics;
using Kura.Anonymity.Privacy;
using Kura.Anonymity.Risk;
using Kura.Anonymity.Search;
using Kura.Core;

namespace Kura.Anonymity;

/// <summary>
/// Produces k-anonymous (optionally l-diverse / t-close, within risk ceilings) extracts by full-domain generalisation
/// and record suppression, choosing the transformation of least information loss (optimal search, see
/// <see cref="QualityMetric"/> and docs/anonymity.md). Pure: no I/O, no clock; thread-safe (no shared state).
/// </summary>
public static class Anonymizer
{
    /// <summary>Anonymises <paramref name="table"/> as <paramref name="spec"/> asks.</summary>
    /// <exception cref="KuraException">
    /// Bad input (KURA-ANON-…) when the spec does not fit the table; KURA-ANON-NO-SOLUTION (refused by privacy)
    /// when no transformation satisfies the privacy models within the suppression limit.
    /// </exception>
    public static AnonymizationResult Anonymize(SourceTable table, AnonymizationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        SpecValidation.Check(table, spec);
        var encoded = EncodedTable.Encode(table, spec);
        return encoded.Layout.TotalBits <= 64 ? Run<ulong>(table, spec, encoded) : Run<UInt128>(table, spec, encoded);
    }

    private static AnonymizationResult Run<TKey>(SourceTable table, AnonymizationSpec spec, EncodedTable encoded)
        where TKey : unmanaged, IBinaryInteger<TKey>
    {
        var lattice = new Lattice(encoded.Hierarchies.Select(h => h.Levels).ToArray());
        var criteria = new ClassCriteria(spec, encoded);
        var models = new QualityModels(encoded);
        var model = models.For(spec.Metric);
        var evaluator = new NodeEvaluator<TKey>(encoded, lattice, criteria, model);
        var (bottomLabels, bottomCounts) = evaluator.BottomColumns();
        var minimumSuppressed = RareMassBound.Compute(encoded.Hierarchies, bottomLabels, bottomCounts, lattice, criteria.K);
        var search = new OptimalSearch(lattice, evaluator, model, criteria.MaxSuppressed == 0, minimumSuppressed, criteria.MaxSuppressed).Run();
        if (search.Node < 0)
        {
            var what = spec.RiskLimit is null ? "the privacy models" : "the privacy models and the risk ceilings";
            throw KuraException.Privacy("KURA-ANON-NO-SOLUTION",
                $"No generalisation satisfies {what} within the suppression limit; lower k or l, raise the suppression limit, or add hierarchy levels.");
        }
        var partition = evaluator.Partition(search.Node, spec.Population is null ? null : PopulationCodes.Encode(spec.Population, spec));
        return Build(table, spec, encoded, partition, search, lattice.Size, models);
    }

    private static AnonymizationResult Build(SourceTable table, AnonymizationSpec spec, EncodedTable encoded,
                                             NodePartition partition, SearchOutcome search, int latticeSize, QualityModels models)
    {
        var releasedRows = new List<int>(encoded.Rows);
        for (var r = 0; r < encoded.Rows; r++)
        {
            if (partition.Released[partition.RowClass[r]]) releasedRows.Add(r);
        }
        var qiOfColumn = new int[table.ColumnNames.Count];
        Array.Fill(qiOfColumn, -1);
        for (var q = 0; q < spec.QuasiIdentifiers.Count; q++) qiOfColumn[table.IndexOf(spec.QuasiIdentifiers[q].Column)] = q;
        var rows = new AnonymizedTable(table, releasedRows.ToArray(), qiOfColumn, encoded.Hierarchies, partition.Levels, encoded.QiCodes);
        var classes = partition.Released.Count(r => r);
        return new AnonymizationResult(spec, partition.Levels, encoded.Rows, encoded.Rows - releasedRows.Count, classes,
                                       search.Value, models.Score(partition), RiskAnalysis.Of(partition),
                                       latticeSize, search.Evaluations, rows);
    }
}
