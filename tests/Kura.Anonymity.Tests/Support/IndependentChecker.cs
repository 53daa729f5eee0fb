namespace Kura.Anonymity.Tests.Support;

/// <summary>
/// Verifies a released extract from its output rows alone, with no code shared with the search: classes are
/// formed from the released quasi-identifier strings, and each is checked against k, l and t. Also checks
/// that the released rows are exactly some of the input rows, generalised at the reported levels.
/// </summary>
internal static class IndependentChecker
{
    public static void Verify(SourceTable input, AnonymizationSpec spec, AnonymizationResult result)
    {
        var output = result.Table.Rows().ToList();
        var columns = result.Table.ColumnNames.ToList();
        var qiPositions = spec.QuasiIdentifiers.Select(q => columns.IndexOf(q.Column)).ToArray();
        Assert.Equal(input.RowCount - result.SuppressedRecords, output.Count);
        Assert.True(result.SuppressedRecords <= Math.Floor(spec.SuppressionLimit * input.RowCount), "suppression over the limit");

        var classes = output.GroupBy(row => string.Join('\u001f', qiPositions.Select(p => row[p]))).ToList();
        Assert.Equal(result.EquivalenceClasses, classes.Count);
        foreach (var group in classes)
        {
            Assert.True(group.Count() >= spec.K, $"a class has {group.Count()} < k = {spec.K} records");
            foreach (var criterion in spec.SensitiveCriteria) CheckSensitive(input, criterion, group.Select(r => r[columns.IndexOf(criterion.Column)]).ToList());
        }
        CheckRowsAreGeneralisedInput(input, spec, result, output, columns);
    }

    private static void CheckSensitive(SourceTable input, SensitiveCriterion criterion, List<string> values)
    {
        var counts = values.GroupBy(v => v).Select(g => (double)g.Count()).ToList();
        switch (criterion)
        {
            case DistinctLDiversity d:
                Assert.True(counts.Count >= d.L, $"a class has {counts.Count} distinct values < l = {d.L}");
                break;
            case EntropyLDiversity e:
                var entropy = -counts.Sum(c => c / values.Count * Math.Log(c / values.Count));
                Assert.True(entropy >= Math.Log(e.L) - 1e-9, $"a class has entropy {entropy} < ln {e.L}");
                break;
            case TCloseness t:
                var all = input.Column(t.Column);
                var global = all.GroupBy(v => v).ToDictionary(g => g.Key, g => (double)g.Count() / all.Count);
                var local = values.GroupBy(v => v).ToDictionary(g => g.Key, g => (double)g.Count() / values.Count);
                var distance = 0.5 * global.Keys.Sum(v => Math.Abs(local.GetValueOrDefault(v) - global[v]));
                Assert.True(distance <= t.T + 1e-9, $"a class is at distance {distance} > t = {t.T}");
                break;
            default:
                throw new InvalidOperationException("unknown criterion");
        }
    }

    private static void CheckRowsAreGeneralisedInput(SourceTable input, AnonymizationSpec spec, AnonymizationResult result,
                                                     List<string[]> output, List<string> columns)
    {
        var levels = result.Levels;
        var expected = new Dictionary<string, int>();
        foreach (var row in Tables.Rows(input))
        {
            var generalised = (string[])row.Clone();
            for (var q = 0; q < spec.QuasiIdentifiers.Count; q++)
            {
                var p = columns.IndexOf(spec.QuasiIdentifiers[q].Column);
                generalised[p] = spec.QuasiIdentifiers[q].Hierarchy.Generalize(row[p], levels[q]);
            }
            var key = string.Join('\u001f', generalised);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }
        foreach (var row in output)
        {
            var key = string.Join('\u001f', row);
            Assert.True(expected.TryGetValue(key, out var left) && left > 0, "a released row is not an input row generalised at the reported levels");
            expected[key] = left - 1;
        }
    }
}
