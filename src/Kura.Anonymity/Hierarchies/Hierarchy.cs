using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>
/// A materialised generalisation hierarchy for one attribute: one row per original value, one column
/// per level (level 0 is the value itself, each further level is coarser). Every label at level i has
/// exactly one parent label at level i+1, which is what lets the search generalise class counts without
/// re-reading rows. Immutable and thread-safe.
/// </summary>
public sealed class Hierarchy
{
    private readonly Dictionary<string, int> leafIndex;
    private readonly string[][] labels;      // [level][labelCode] -> label text
    private readonly int[][] codeOfLeaf;     // [level][leaf] -> label code at that level
    private readonly int[][] leavesUnder;    // [level][labelCode] -> hierarchy rows generalised to it

    private Hierarchy(Dictionary<string, int> leafIndex, string[][] labels, int[][] codeOfLeaf, int[][] leavesUnder)
    {
        this.leafIndex = leafIndex;
        this.labels = labels;
        this.codeOfLeaf = codeOfLeaf;
        this.leavesUnder = leavesUnder;
    }

    /// <summary>Number of levels including level 0 (the original values); at least 1.</summary>
    public int Levels => labels.Length;

    /// <summary>Number of original values (hierarchy rows); the attribute's domain size.</summary>
    public int DomainSize => codeOfLeaf[0].Length;

    /// <summary>The original values in row order.</summary>
    public IReadOnlyList<string> Values => labels[0];

    /// <summary>True when <paramref name="value"/> is one of the hierarchy's original values.</summary>
    public bool Contains(string value) => leafIndex.ContainsKey(value);

    /// <summary>The label of <paramref name="value"/> at <paramref name="level"/> (0 ≤ level &lt; <see cref="Levels"/>).</summary>
    /// <exception cref="KuraException">KURA-ANON-VALUE-UNKNOWN when the value is not in the hierarchy.</exception>
    public string Generalize(string value, int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, Levels);
        if (!leafIndex.TryGetValue(value, out var leaf))
        {
            throw KuraException.BadInput("KURA-ANON-VALUE-UNKNOWN",
                "A value is not listed in the generalisation hierarchy; add a row for every value that occurs in the data.");
        }
        return labels[level][codeOfLeaf[level][leaf]];
    }

    /// <summary>Builds a hierarchy from rows (value, level-1 label, …); all rows must have the same length.</summary>
    /// <exception cref="KuraException">KURA-ANON-HIERARCHY-INVALID when rows are empty, ragged, duplicated or inconsistent.</exception>
    public static Hierarchy FromRows(IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        if (list.Count == 0) throw Invalid("it has no rows");
        var levels = list[0].Count;
        if (levels == 0) throw Invalid("its first row has no columns");
        var leafIndex = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        var labels = new List<string>[levels];
        var labelCode = new Dictionary<string, int>[levels];
        var codeOfLeaf = new int[levels][];
        for (var l = 0; l < levels; l++)
        {
            labels[l] = [];
            labelCode[l] = new Dictionary<string, int>(StringComparer.Ordinal);
            codeOfLeaf[l] = new int[list.Count];
        }
        for (var r = 0; r < list.Count; r++)
        {
            var row = list[r];
            if (row.Count != levels) throw Invalid($"row {r + 1} has {row.Count} levels but row 1 has {levels}");
            if (!leafIndex.TryAdd(row[0], r)) throw Invalid($"row {r + 1} repeats an original value");
            for (var l = 0; l < levels; l++)
            {
                if (!labelCode[l].TryGetValue(row[l], out var code))
                {
                    code = labels[l].Count;
                    labelCode[l].Add(row[l], code);
                    labels[l].Add(row[l]);
                }
                codeOfLeaf[l][r] = code;
            }
        }
        return Create(leafIndex, labels.Select(x => x.ToArray()).ToArray(), codeOfLeaf);
    }

    private static Hierarchy Create(Dictionary<string, int> leafIndex, string[][] labels, int[][] codeOfLeaf)
    {
        var leavesUnder = new int[labels.Length][];
        for (var l = 0; l < labels.Length; l++)
        {
            leavesUnder[l] = new int[labels[l].Length];
            foreach (var code in codeOfLeaf[l]) leavesUnder[l][code]++;
        }
        for (var l = 0; l + 1 < labels.Length; l++) CheckFunctional(labels[l].Length, codeOfLeaf[l], codeOfLeaf[l + 1], l);
        return new Hierarchy(leafIndex, labels, codeOfLeaf, leavesUnder);
    }

    // Rollups map a class's label at one level to the next level; that needs a unique parent per label.
    private static void CheckFunctional(int labelCount, int[] lower, int[] upper, int level)
    {
        var parent = new int[labelCount];
        Array.Fill(parent, -1);
        for (var leaf = 0; leaf < lower.Length; leaf++)
        {
            ref var p = ref parent[lower[leaf]];
            if (p == -1) p = upper[leaf];
            else if (p != upper[leaf])
            {
                throw Invalid($"a label at level {level} generalises to two different labels at level {level + 1} (rows {leaf + 1} and an earlier one)");
            }
        }
    }

    private static KuraException Invalid(string what) =>
        KuraException.BadInput("KURA-ANON-HIERARCHY-INVALID", $"The generalisation hierarchy is invalid: {what}. Fix the hierarchy file or builder input.");

    /// <summary>Label code of each original value at <paramref name="level"/>, indexed by row (original value code).</summary>
    internal ReadOnlySpan<int> CodesAt(int level) => codeOfLeaf[level];

    /// <summary>Number of distinct labels at <paramref name="level"/>.</summary>
    internal int LabelCount(int level) => labels[level].Length;

    /// <summary>Label text of a label code at a level.</summary>
    internal string Label(int level, int code) => labels[level][code];

    /// <summary>Number of hierarchy rows generalised to a label (ARX's domain share numerator).</summary>
    internal int LeavesUnder(int level, int code) => leavesUnder[level][code];

    /// <summary>Code of an original value, or -1 when it is not in the hierarchy.</summary>
    internal int LeafCode(string value) => leafIndex.TryGetValue(value, out var code) ? code : -1;

    /// <summary>Maps label codes at level <paramref name="from"/> to label codes at level <paramref name="to"/> (from ≤ to).</summary>
    internal int[] LevelMap(int from, int to)
    {
        var map = new int[labels[from].Length];
        var lower = codeOfLeaf[from];
        var upper = codeOfLeaf[to];
        for (var leaf = 0; leaf < lower.Length; leaf++) map[lower[leaf]] = upper[leaf];
        return map;
    }
}
