using System.Numerics;

namespace Kura.Storage.Vault;

/// <summary>Maps DuckDB.NET values to the provider types <see cref="Kura.Engine.Ports.IQueryBackend"/> promises.</summary>
internal static class DuckDbValues
{
    public static object? ToProvider(object? value) => value switch
    {
        null or DBNull => null,
        sbyte or short or int or byte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (object)(long)u : new BigInteger(u),
        BigInteger b => b >= long.MinValue && b <= long.MaxValue ? (object)(long)b : b,
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f => (decimal)f,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        _ => value,
    };
}
