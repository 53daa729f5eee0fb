using System.Numerics;

namespace Kura.Sql.Tests;

/// <summary>Builds backend result rows in the plan layout: part, keys, bin, one column per scalar measurement, cell.</summary>
internal static class ExactRows
{
    public static object?[] Part0(PreparedDpQuery q, object?[] keys, params long[] scalars)
    {
        var scalarCount = q.Plan.Measurements.Count(m => m.Kind != Planning.MeasurementKind.Histogram);
        Assert.Equal(scalarCount, scalars.Length);
        return [0L, .. keys, null, .. scalars.Select(s => (object?)new BigInteger(s)), null];
    }

    public static object?[] Bin(PreparedDpQuery q, int measurement, object?[] keys, long bin, long count)
    {
        var scalarCount = q.Plan.Measurements.Count(m => m.Kind != Planning.MeasurementKind.Histogram);
        return [(long)measurement + 1, .. keys, bin, .. Enumerable.Repeat<object?>(null, scalarCount), count];
    }
}
