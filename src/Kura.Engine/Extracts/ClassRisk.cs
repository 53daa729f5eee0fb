using Kura.Anonymity;

namespace Kura.Engine.Extracts;

/// <summary>
/// Re-identification risk of a pseudonymised extract, with the extract itself as population (no population table):
/// persons are grouped by their released quasi-identifier values and f_j counts the distinct persons of class j.
/// Same formulas as the anonymiser's report (docs/anonymity.md). Pure.
/// </summary>
internal static class ClassRisk
{
    /// <summary>The risk of persons grouped into classes of the given sizes (each ≥ 1).</summary>
    public static RiskReport Of(IReadOnlyCollection<int> classSizes)
    {
        if (classSizes.Count == 0) return new RiskReport(0, 0, 0, 0, 0, true, 0);
        long persons = classSizes.Sum(f => (long)f);
        var smallest = classSizes.Min();
        var atSmallest = classSizes.Where(f => f == smallest).Sum(f => (long)f);
        var highest = 1.0 / smallest;
        var average = (double)classSizes.Count / persons;
        // Population = sample: F_j = f_j, so journalist equals prosecutor and the marketer risk is J / n.
        return new RiskReport(highest, average, highest, average, average, true, (int)Math.Min(atSmallest, int.MaxValue));
    }

    /// <summary>Class sizes in distinct persons, grouping rows by the values of <paramref name="quasiIdentifiers"/>.</summary>
    public static IReadOnlyCollection<int> ClassSizes(string?[] persons, IReadOnlyList<string?[]> quasiIdentifiers)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var r = 0; r < persons.Length; r++)
        {
            // \u001f cannot occur in a stored value's text form, so the joined key is unambiguous; null is \u001e.
            var key = string.Join('\u001f', quasiIdentifiers.Select(q => q[r] ?? "\u001e"));
            if (!classes.TryGetValue(key, out var members)) classes[key] = members = new HashSet<string>(StringComparer.Ordinal);
            members.Add(persons[r] ?? "");
        }
        return [.. classes.Values.Select(m => m.Count)];
    }
}
