using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Aim;

/// <summary>
/// A user workload of marginals resolved to column indices, and AIM's candidates: the workload's downward closure,
/// each weighted by Σ_{s ∈ workload} |candidate ∩ s| (McKenna et al. 2022, §4).
/// </summary>
internal sealed record AimWorkload(IReadOnlyList<int[]> Marginals, IReadOnlyList<(int[] Columns, long Weight)> Candidates)
{
    public const int MaxWay = 3;

    public static AimWorkload Resolve(EncodedTable table, IReadOnlyList<IReadOnlyList<string>> workload)
    {
        var shape = table.Shape();
        var marginals = new List<int[]>();
        foreach (var names in workload)
        {
            if (names is null || names.Count is < 1 or > MaxWay || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
                throw KuraException.BadInput("KURA-SYNTH-WORKLOAD", $"Each workload marginal names 1 to {MaxWay} distinct columns.");
            var columns = names.Select(n => table.IndexOf(n) is var i and >= 0 ? i
                : throw KuraException.BadInput("KURA-SYNTH-WORKLOAD", $"Workload column '{n}' is not one of the columns being synthesised.")).Order().ToArray();
            if (columns.Aggregate(1L, (cells, c) => cells * shape[c]) > Synthesizer.MaxMarginalCells)
                throw KuraException.BadInput("KURA-SYNTH-DOMAIN-TOO-LARGE", $"Workload marginal '{string.Join(",", names)}' has more than {Synthesizer.MaxMarginalCells} cells; declare coarser domains.");
            if (!marginals.Any(m => m.SequenceEqual(columns)))
                marginals.Add(columns);
        }
        var closure = marginals.SelectMany(Subsets).DistinctBy(s => string.Join(",", s)).ToList();
        var candidates = closure.Select(c => (c, (long)marginals.Sum(m => m.Intersect(c).Count()))).ToList();
        return new AimWorkload(marginals, candidates);
    }

    private static IEnumerable<int[]> Subsets(int[] columns)
    {
        for (var mask = 1; mask < 1 << columns.Length; mask++)
            yield return columns.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
    }
}
