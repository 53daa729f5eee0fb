namespace Kura.Anonymity.Tests.Support;

/// <summary>
/// Reference search: evaluates every transformation from the rows, on strings, with the metrics written out
/// from their definitions (docs/anonymity.md), sharing no code with the library's search or metrics.
/// </summary>
internal static class BruteForce
{
    public sealed record Node(int[] Levels, bool Acceptable, int Suppressed, double Value, int ReleasedClasses)
    {
        /// <summary>Average prosecutor risk J / n′ of the released records (0 when none is released).</summary>
        public double AverageRisk(int records) => records == Suppressed ? 0 : (double)ReleasedClasses / (records - Suppressed);
    }

    public static List<Node> All(SourceTable table, AnonymizationSpec spec)
    {
        var qis = spec.QuasiIdentifiers;
        var n = table.RowCount;
        // label[q][level][row]
        var labels = qis.Select(q => Enumerable.Range(0, q.Hierarchy.Levels)
            .Select(l => table.Column(q.Column).Select(v => q.Hierarchy.Generalize(v, l)).ToArray()).ToArray()).ToArray();
        var global = spec.SensitiveCriteria.Select(c => c.Column).Distinct().ToDictionary(c => c, c =>
            table.Column(c).GroupBy(v => v).ToDictionary(g => g.Key, g => (double)g.Count() / n));
        var nodes = new List<Node>();
        foreach (var levels in Combinations(qis.Select(q => q.Hierarchy.Levels).ToArray()))
        {
            var classes = Enumerable.Range(0, n)
                .GroupBy(r => string.Join('\u001f', levels.Select((l, q) => labels[q][l][r])))
                .Select(g => g.ToArray()).ToList();
            var failing = classes.Where(c => !Passes(table, spec, c, global)).ToList();
            var suppressed = failing.Sum(c => c.Length);
            var acceptable = suppressed <= Math.Floor(spec.SuppressionLimit * n);
            var value = spec.Metric switch
            {
                QualityMetric.Loss => Loss(table, spec, levels, labels, failing),
                QualityMetric.Discernibility => classes.Except(failing).Sum(c => (double)c.Length * c.Length) + (double)n * suppressed,
                _ => Entropy(table, spec, levels, labels, failing),
            };
            nodes.Add(new Node(levels, acceptable, suppressed, value, classes.Count - failing.Count));
        }
        return nodes;
    }

    /// <summary>The least value over acceptable nodes.</summary>
    public static Node Optimum(List<Node> nodes) =>
        nodes.Where(x => x.Acceptable).OrderBy(x => x.Value).ThenBy(x => x.Levels.Sum()).First();

    private static bool Passes(SourceTable table, AnonymizationSpec spec, int[] rows, Dictionary<string, Dictionary<string, double>> global)
    {
        if (rows.Length < spec.K) return false;
        foreach (var criterion in spec.SensitiveCriteria)
        {
            var column = table.Column(criterion.Column);
            var counts = rows.GroupBy(r => column[r]).ToDictionary(g => g.Key, g => (double)g.Count());
            var ok = criterion switch
            {
                DistinctLDiversity d => counts.Count >= d.L,
                EntropyLDiversity e => -counts.Values.Sum(c => c / rows.Length * Math.Log(c / rows.Length)) >= Math.Log(e.L) - 1e-9,
                TCloseness t => 0.5 * global[t.Column].Sum(g => Math.Abs(counts.GetValueOrDefault(g.Key) / rows.Length - g.Value)) <= t.T + 1e-9,
                _ => throw new InvalidOperationException(),
            };
            if (!ok) return false;
        }
        return true;
    }

    // ARX Loss: per attribute, released records cost |leaves under label| / |domain|, suppressed ones 1; normalised; geometric mean.
    private static double Loss(SourceTable table, AnonymizationSpec spec, int[] levels, string[][][] labels, List<int[]> failing)
    {
        var n = table.RowCount;
        var suppressedRows = failing.SelectMany(c => c).ToHashSet();
        var product = 1.0;
        for (var q = 0; q < levels.Length; q++)
        {
            var h = spec.QuasiIdentifiers[q].Hierarchy;
            var leaves = h.Values.GroupBy(v => h.Generalize(v, levels[q])).ToDictionary(g => g.Key, g => g.Count());
            var sum = Enumerable.Range(0, n).Sum(r => suppressedRows.Contains(r) ? 1.0 : (double)leaves[labels[q][levels[q]][r]] / h.DomainSize);
            var min = (double)n / h.DomainSize;
            product *= Math.Pow(1 + Math.Max(0, (sum - min) / (n - min)), 1.0 / levels.Length);
        }
        return product - 1;
    }

    // Non-uniform entropy: −Σ log2 P(value | label) over all records, plus −Σ c·log2(c/S) over the labels of suppressed records.
    private static double Entropy(SourceTable table, AnonymizationSpec spec, int[] levels, string[][][] labels, List<int[]> failing)
    {
        var total = 0.0;
        var suppressed = failing.SelectMany(c => c).ToArray();
        for (var q = 0; q < levels.Length; q++)
        {
            var original = labels[q][0];
            var generalised = labels[q][levels[q]];
            var a = original.GroupBy(v => v).ToDictionary(g => g.Key, g => (double)g.Count());
            var b = generalised.GroupBy(v => v).ToDictionary(g => g.Key, g => (double)g.Count());
            total -= Enumerable.Range(0, original.Length).Sum(r => Math.Log2(a[original[r]] / b[generalised[r]]));
            total -= suppressed.GroupBy(r => generalised[r]).Sum(g => g.Count() * Math.Log2((double)g.Count() / suppressed.Length));
        }
        return total;
    }

    private static IEnumerable<int[]> Combinations(int[] heights)
    {
        var levels = new int[heights.Length];
        while (true)
        {
            yield return (int[])levels.Clone();
            var d = heights.Length - 1;
            while (d >= 0 && ++levels[d] == heights[d]) levels[d--] = 0;
            if (d < 0) yield break;
        }
    }
}
