using Kura.Anonymity;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// The anonymiser's input for an anonymised extract: one hierarchy per quasi-identifier (the user's or an automatic
/// one), the l-diversity / t-closeness criteria on special-care columns, k, the suppression limit, the metric and the
/// policy's risk ceilings, which the search itself keeps within. Pure.
/// </summary>
internal static class AnonymizationInputs
{
    /// <summary>A quasi-identifier's hierarchy and where it came from, for the manifest.</summary>
    public sealed record Origin(string Column, int Levels, string Source, string? Sha256);

    public static (AnonymizationSpec Spec, IReadOnlyList<Origin> Origins) Build(
        ExtractPlan plan, IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<string>> columns, ExtractRequest request, RiskThreshold ceilings)
    {
        var inputs = MatchHierarchies(plan, request.Hierarchies);
        var quasi = new List<QuasiIdentifier>();
        var origins = new List<Origin>();
        for (var i = 0; i < plan.Columns.Count; i++)
        {
            if (plan.Columns[i].Output.Treatment != ColumnTreatment.Generalized) continue;
            var (hierarchy, source, sha) = HierarchyChoice.For(plan.Columns[i], columns[i], inputs.GetValueOrDefault(i));
            quasi.Add(new QuasiIdentifier(names[i], hierarchy));
            origins.Add(new Origin(names[i], hierarchy.Levels, source, sha));
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
            RiskLimit = ceilings,
        };
        return (spec, origins);
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
}
