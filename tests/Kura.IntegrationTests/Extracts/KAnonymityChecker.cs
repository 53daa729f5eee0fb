namespace Kura.IntegrationTests.Extracts;

/// <summary>
/// Checks k-anonymity and l-diversity of a released file by itself, without any of Kura's search code: rows are grouped
/// by their quasi-identifier values and each group is counted.
/// </summary>
public static class KAnonymityChecker
{
    /// <summary>The smallest equivalence class (in rows) over the given quasi-identifier columns.</summary>
    public static int SmallestClass(ExtractCsv csv, IReadOnlyList<string> quasiIdentifiers) =>
        Classes(csv, quasiIdentifiers).Min(g => g.Count);

    /// <summary>The fewest distinct values of <paramref name="sensitive"/> in any equivalence class.</summary>
    public static int FewestDistinct(ExtractCsv csv, IReadOnlyList<string> quasiIdentifiers, string sensitive)
    {
        var s = csv.Index(sensitive);
        return Classes(csv, quasiIdentifiers).Min(g => g.Select(r => r[s]).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Number of equivalence classes.</summary>
    public static int ClassCount(ExtractCsv csv, IReadOnlyList<string> quasiIdentifiers) => Classes(csv, quasiIdentifiers).Count;

    private static List<List<string[]>> Classes(ExtractCsv csv, IReadOnlyList<string> quasiIdentifiers)
    {
        var indexes = quasiIdentifiers.Select(csv.Index).ToArray();
        return [.. csv.Rows.GroupBy(r => string.Join("\u0000", indexes.Select(i => r[i])), StringComparer.Ordinal).Select(g => g.ToList())];
    }
}
