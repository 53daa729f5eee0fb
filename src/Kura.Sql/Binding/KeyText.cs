using System.Globalization;
using System.Numerics;

namespace Kura.Sql.Binding;

/// <summary>
/// The canonical text of a group key, so keys from the backend (long, decimal, double, BigInteger, DateOnly,
/// bool, string) and keys declared in a public domain compare equal when they denote the same value.
/// </summary>
internal static class KeyText
{
    public static string? FromValue(object? value, SqlType type) => value switch
    {
        null or DBNull => null,
        string s => FromDeclared(s, type),
        bool b => b ? "true" : "false",
        DateOnly d => Date(d),
        DateTime dt => Date(DateOnly.FromDateTime(dt)),
        decimal m => Number(m),
        double d => Double(d),
        float f => Double(f),
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        IConvertible c when c is long or int or short or sbyte or byte or ushort or uint or ulong =>
            Convert.ToDecimal(c, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
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

    private static string Double(double d)
    {
        if (double.IsFinite(d) && Math.Abs(d) < 7.9e27) return Number((decimal)d);
        return d.ToString("R", CultureInfo.InvariantCulture);
    }
}
