using Kura.Anonymity;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// 匿名加工 (APPI-ANO-01): the planner already deleted identifiers, identification codes, the person key (a linking
/// code) and facial data, and reads one row per person. Here peculiar values are handled, the quasi-identifiers are
/// generalised and records suppressed until every class has k persons (and l-diverse / t-close special-care values),
/// and the risk is checked against the policy's ceilings. Pure apart from the rows it is given.
/// </summary>
internal static class AnonymizedProcessing
{
    public static ProcessedExtract Run(ExtractPlan plan, ExtractTable table, ExtractRequest request, RiskThreshold threshold)
    {
        var changed = ColumnProcessing.HandlePeculiarValues(plan, table, null, request.RareValueThreshold);
        var names = plan.Columns.Select(c => c.Output.Name).ToList();
        var columns = table.Columns.Select(c => (IReadOnlyList<string>)[.. c.Select(v => v ?? HierarchyChoice.Missing)]).ToList();
        var inputs = MatchHierarchies(plan, request.Hierarchies);
        var quasi = new List<QuasiIdentifier>();
        var levels = new List<(string Column, int Levels, string Origin, string? Sha)>();
        for (var i = 0; i < plan.Columns.Count; i++)
        {
            if (plan.Columns[i].Output.Treatment != ColumnTreatment.Generalized) continue;
            var (hierarchy, origin, sha) = HierarchyChoice.For(plan.Columns[i], columns[i], inputs.GetValueOrDefault(i));
            quasi.Add(new QuasiIdentifier(names[i], hierarchy));
            levels.Add((names[i], hierarchy.Levels, origin, sha));
        }
        if (quasi.Count == 0)
            throw KuraException.BadInput("KURA-EXTRACT-NO-QUASI-IDENTIFIERS",
                "The extract has no quasi-identifier column, so there is nothing to generalise to k-anonymity; include the quasi-identifiers (see 'kura dataset show') or classify them with 'kura classify --set'.");
        var spec = new AnonymizationSpec
        {
            QuasiIdentifiers = quasi,
            K = request.K ?? throw KuraException.BadInput("KURA-EXTRACT-K-MISSING", "An anonymised extract needs --k (at least 2)."),
            SuppressionLimit = request.SuppressionLimit,
            SensitiveCriteria = Criteria(plan, request),
            Metric = request.Metric,
        };
        var result = Anonymizer.Anonymize(new SourceTable(names, columns), spec);
        EnsureWithin(threshold, result.Risk);
        var statistics = new ExtractStatistics
        {
            SourceRecords = result.Records,
            ReleasedRows = result.ReleasedRecords,
            SuppressedRecords = result.SuppressedRecords,
            EquivalenceClasses = result.EquivalenceClasses,
            Risk = result.Risk,
            RiskEnforced = true,
            Threshold = threshold,
            ChangedValues = changed,
            Metric = result.Metric,
            Quality = result.Scores,
            Levels = [.. levels.Select((l, q) => new GeneralizationLevel(l.Column, result.Levels[q], l.Levels, l.Origin, l.Sha))],
            NodesEvaluated = result.NodesEvaluated,
            LatticeSize = result.LatticeSize,
        };
        var rows = result.Table.Rows().Select(r => r.Select(v => v.Length == 0 ? null : v).ToArray());
        return new ProcessedExtract([.. plan.Columns.Select(c => c.Output)], rows, statistics);
    }

    private static Dictionary<int, HierarchyInput> MatchHierarchies(ExtractPlan plan, IReadOnlyList<HierarchyInput> inputs)
    {
        var matched = new Dictionary<int, HierarchyInput>();
        foreach (var input in inputs)
        {
            var index = plan.Columns.ToList().FindIndex(c =>
                string.Equals(c.Output.Name, input.Column, StringComparison.OrdinalIgnoreCase)
                || string.Equals($"{c.Output.Table}.{c.Output.Source}", input.Column, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                throw KuraException.BadInput("KURA-EXTRACT-HIERARCHY-UNUSED", $"--hierarchy names column '{input.Column}', which is not released in this extract.");
            if (plan.Columns[index].Output.Treatment != ColumnTreatment.Generalized)
                throw KuraException.BadInput("KURA-EXTRACT-HIERARCHY-UNUSED",
                    $"--hierarchy names column '{input.Column}', which is {plan.Columns[index].Output.Class.ToName()}, not a quasi-identifier; only quasi-identifiers are generalised. Reclassify it with 'kura classify --set' if it is one.");
            if (!matched.TryAdd(index, input))
                throw KuraException.BadInput("KURA-EXTRACT-HIERARCHY-TWICE", $"Column '{input.Column}' has two --hierarchy options.");
        }
        return matched;
    }

    private static List<SensitiveCriterion> Criteria(ExtractPlan plan, ExtractRequest request)
    {
        var sensitive = plan.Columns.Where(c => c.Output.Class == ColumnClass.SpecialCare).Select(c => c.Output.Name).ToList();
        if (sensitive.Count == 0 && (request.L is not null || request.T is not null))
            throw KuraException.BadInput("KURA-EXTRACT-NO-SENSITIVE",
                "--l and --t protect special-care columns, but the extract has none; include one (for example a diagnosis) or leave --l/--t out.");
        var criteria = new List<SensitiveCriterion>();
        foreach (var column in sensitive)
        {
            if (request.L is { } l)
                criteria.Add(request.LKind == DiversityKind.Entropy ? new EntropyLDiversity(column, l) : new DistinctLDiversity(column, (int)l));
            if (request.T is { } t) criteria.Add(new TCloseness(column, t));
        }
        return criteria;
    }

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
