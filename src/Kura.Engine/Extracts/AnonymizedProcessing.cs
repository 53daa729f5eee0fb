using Kura.Anonymity;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// 匿名加工 (APPI-ANO-01): the planner already deleted identifiers, identification codes, the person key (a linking
/// code) and facial data, refused numbers without declared bounds, and reads one row per person. Here peculiar values
/// are handled (numbers top- and bottom-coded at their bounds, categories held by fewer than the rare-value threshold
/// (≥ k) grouped), the quasi-identifiers are generalised and records suppressed until every class has k persons (and
/// l-diverse / t-close special-care values) within the policy's risk ceilings, and columns whose released values are
/// nearly all distinct are deleted as linking codes. Pure apart from the rows it is given.
/// </summary>
internal static class AnonymizedProcessing
{
    public static ProcessedExtract Run(ExtractPlan plan, ExtractTable table, ExtractRequest request, RiskThreshold ceilings)
    {
        var changed = ColumnProcessing.HandlePeculiarValues(plan, table, null, request.RareValueThresholdInForce);
        var names = plan.Columns.Select(c => c.Output.Name).ToList();
        var columns = table.Columns.Select(c => (IReadOnlyList<string>)[.. c.Select(v => v ?? HierarchyChoice.Missing)]).ToList();
        var (spec, origins) = AnonymizationInputs.Build(plan, names, columns, request, ceilings);
        var result = Anonymize(new SourceTable(names, columns), spec);
        EnsureWithin(ceilings, result.Risk);
        var kept = Enumerable.Range(0, plan.Columns.Count).Where(c => !IsLinkingCode(plan.Columns[c], result.Table, c)).ToArray();
        var deleted = plan.Columns.Where((_, c) => !kept.Contains(c)).Select(c => c.Output).ToList();
        var statistics = Statistics(result, ceilings, origins, changed.Where(kv => deleted.All(d => d.Name != kv.Key)).ToDictionary());
        return new ProcessedExtract([.. kept.Select(c => plan.Columns[c].Output)], Rows(result.Table, kept), statistics,
            [.. plan.Dropped, .. deleted.Select(d => new DroppedColumn(d.Table, d.Source, d.Class, DropReason.NearlyUnique))],
            i => Enumerable.Range(0, result.Table.RowCount).Select(r => Released(result.Table[r, kept[i]])));
    }

    // Generalised quasi-identifiers are exempt: every class holds at least k rows with equal values.
    private static bool IsLinkingCode(PlannedColumn column, AnonymizedTable table, int c) =>
        column.Output.Treatment != ColumnTreatment.Generalized
        && LinkingValues.AreNearlyUnique(Enumerable.Range(0, table.RowCount).Select(r => table[r, c]));

    private static IEnumerable<string?[]> Rows(AnonymizedTable table, int[] kept)
    {
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = new string?[kept.Length];
            for (var c = 0; c < kept.Length; c++) row[c] = Released(table[r, kept[c]]);
            yield return row;
        }
    }

    private static string? Released(string value) => value.Length == 0 ? null : value;

    private static ExtractStatistics Statistics(AnonymizationResult result, RiskThreshold ceilings,
                                                IReadOnlyList<AnonymizationInputs.Origin> origins, IReadOnlyDictionary<string, int> changed) => new()
    {
        SourceRecords = result.Records,
        ReleasedRows = result.ReleasedRecords,
        SuppressedRecords = result.SuppressedRecords,
        EquivalenceClasses = result.EquivalenceClasses,
        Risk = result.Risk,
        RiskEnforced = true,
        Threshold = ceilings,
        ChangedValues = changed,
        Metric = result.Metric,
        Quality = result.Scores,
        Levels = [.. origins.Select((o, q) => new GeneralizationLevel(o.Column, result.Levels[q], o.Levels, o.Source, o.Sha256))],
        NodesEvaluated = result.NodesEvaluated,
        LatticeSize = result.LatticeSize,
    };

    private static AnonymizationResult Anonymize(SourceTable source, AnonymizationSpec spec)
    {
        try
        {
            return Anonymizer.Anonymize(source, spec);
        }
        catch (KuraException e) when (e.Code == "KURA-ANON-NO-SOLUTION")
        {
            throw new KuraException(e.Code, e.Kind, e.Message + $" The search keeps every class at {Math.Max(spec.K, spec.RiskLimit!.SmallestClass)} persons or more (k, or more for the policy's " +
                "extract.highestRiskOneIn) and the average risk within extract.averageRiskOneIn. Nothing was written or recorded.", e);
        }
    }

    // The search already keeps within the ceilings; this re-check guards the release against any slip.
    private static void EnsureWithin(RiskThreshold threshold, RiskReport risk)
    {
        try
        {
            threshold.EnsureWithin(risk);
        }
        catch (KuraException e)
        {
            throw new KuraException(e.Code, e.Kind, e.Message + " The policy's ceilings are extract.highestRiskOneIn and extract.averageRiskOneIn. Nothing was written or recorded.", e);
        }
    }
}
