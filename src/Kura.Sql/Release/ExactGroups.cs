using System.Globalization;
using System.Numerics;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>The exact bounded measurements of one group, as the backend computed them.</summary>
internal sealed class ExactGroup(IReadOnlyList<string?> keys, int measurements)
{
    public IReadOnlyList<string?> Keys { get; } = keys;

    public BigInteger[] Scalars { get; } = new BigInteger[measurements];

    public Dictionary<int, Dictionary<long, BigInteger>> Bins { get; } = [];

    /// <summary>True once the group's part-0 row was read (there is exactly one per backend group).</summary>
    public bool HasScalars { get; set; }
}

/// <summary>
/// Reads the backend's rows (layout in <see cref="DpQueryPlan.BackendSql"/>) into groups keyed by canonical
/// key text. The backend emits one part-0 row per group and one row per group and bin, and
/// <see cref="KeyText.FromValue"/> is injective on a column's values, so distinct backend groups never share
/// an identity: no row can overwrite another group's values (docs/proofs/DpQueryRelease.md, "Group keys").
/// A malformed row is an internal fault; its message carries no value.
/// </summary>
internal static class ExactGroups
{
    public static Dictionary<string, ExactGroup> Read(DpQueryPlan plan, IReadOnlyList<object?[]> rows)
    {
        var keyCount = plan.Keys.Count;
        var scalarColumns = ScalarColumns(plan);
        var width = keyCount + 3 + plan.ScalarCount;
        var groups = new Dictionary<string, ExactGroup>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is null || row.Length != width) throw Malformed($"a row has {row?.Length ?? 0} columns, expected {width}");
            var keys = Enumerable.Range(0, keyCount).Select(i => KeyText.FromValue(row[1 + i], plan.Keys[i].Type)).ToList();
            var id = Identity(keys);
            if (!groups.TryGetValue(id, out var group)) groups[id] = group = new ExactGroup(keys, plan.Measurements.Count);
            var part = (int)Integer(row[0]);
            if (part == 0)
            {
                System.Diagnostics.Debug.Assert(!group.HasScalars, "Two backend groups share one key text.");
                group.HasScalars = true;
                foreach (var (measurement, column) in scalarColumns)
                    group.Scalars[measurement] = Integer(row[keyCount + 2 + column]);
            }
            else
                AddBin(plan, group, part - 1, Integer(row[keyCount + 1]), Integer(row[width - 1]));
        }
        return groups;
    }

    private static void AddBin(DpQueryPlan plan, ExactGroup group, int measurement, BigInteger bin, BigInteger count)
    {
        if (measurement < 0 || measurement >= plan.Measurements.Count || plan.Measurements[measurement].Kind != MeasurementKind.Histogram)
            throw Malformed("a row names an unknown part");
        if (bin < 0 || bin >= plan.Measurements[measurement].Bins) throw Malformed("a histogram bin is out of range");
        if (!group.Bins.TryGetValue(measurement, out var bins)) group.Bins[measurement] = bins = [];
        System.Diagnostics.Debug.Assert(!bins.ContainsKey((long)bin), "Two backend groups share one key text.");
        bins[(long)bin] = count;
    }

    /// <summary>(measurement index, position among non-histogram measurements).</summary>
    public static List<(int Measurement, int Column)> ScalarColumns(DpQueryPlan plan)
    {
        var columns = new List<(int, int)>();
        for (var i = 0; i < plan.Measurements.Count; i++)
            if (plan.Measurements[i].Kind != MeasurementKind.Histogram) columns.Add((i, columns.Count));
        return columns;
    }

    /// <summary>An unambiguous identity of a key tuple (length-prefixed parts; null distinct from every text).</summary>
    public static string Identity(IReadOnlyList<string?> keys) =>
        string.Concat(keys.Select(k => k is null ? "~;" : k.Length.ToString(CultureInfo.InvariantCulture) + ":" + k + ";"));

    private static BigInteger Integer(object? value) => value switch
    {
        null or DBNull => BigInteger.Zero,
        BigInteger b => b,
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        ulong u => u,
        uint u => u,
        decimal m when m == decimal.Truncate(m) => new BigInteger(m),
        double d when double.IsFinite(d) && d == Math.Floor(d) => new BigInteger(d),
        string s when BigInteger.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Malformed("an exact aggregate is not an integer"),
    };

    private static KuraException Malformed(string what) =>
        KuraException.Internal("KURA-SQL-BACKEND-RESULT", $"The backend result does not match the DP plan: {what}.");
}
