using System.Globalization;
using System.Numerics;
using Kura.Core;

namespace Kura.Sql.Binding;

/// <summary>
/// The canonical text of a group key, so keys from the backend (long, decimal, double, BigInteger, DateOnly,
/// DateTime, bool, string) and keys declared in a public domain compare equal when they denote the same value.
/// Privacy-critical: <see cref="FromValue"/> is injective on the values of one backend column up to SQL
/// equality, so two groups the backend keeps apart never share a released key (docs/proofs/DpQueryRelease.md).
/// </summary>
internal static class KeyText
{
    public static string? FromValue(object? value, SqlType type) => value switch
    {
        null or DBNull => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => Date(d),
        DateTime dt => Timestamp(dt),
        decimal m => Number(m),
        double d => Double(d),
        float f => Double(f),
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        IConvertible c when c is long or int or short or sbyte or byte or ushort or uint or ulong =>
            Convert.ToDecimal(c, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => throw KuraException.Internal("KURA-SQL-BACKEND-RESULT",
            "The backend result does not match the DP plan: a group key has an unsupported type."),
    };

    /// <summary>Canonical form of a declared domain value of the given type (unparseable text stays as given).</summary>
    public static string FromDeclared(string text, SqlType type)
    {
        switch (type)
        {
            case SqlType.Integer or SqlType.Number
                when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return Number(number);
            case SqlType.Date when DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return Date(date);
            case SqlType.Boolean when bool.TryParse(text, out var flag):
                return flag ? "true" : "false";
            default:
                return text;
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal m) => (m / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>A timestamp at midnight reads as its date; any other keeps its full time, so no two collide.</summary>
    private static string Timestamp(DateTime t) => t.TimeOfDay == TimeSpan.Zero
        ? Date(DateOnly.FromDateTime(t))
        : t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    /// <summary>
    /// Plain decimal text when it parses back to exactly d, else the shortest round-trip text: every output but
    /// "0" and "NaN" parses back to d, so distinct doubles get distinct texts. −0 and 0, and all NaNs, are one
    /// group under SQL equality (DuckDB, PostgreSQL, Spark), so they may share one text.
    /// </summary>
    private static string Double(double d)
    {
        if (d == 0) return "0";
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        if (decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
        {
            var plain = Number(m);
            if (double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture) == d) return plain;
        }
        return shortest;
    }
}
