using System.Globalization;
using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>
/// The canonical text of a group key, so keys from the backend and keys declared in a public domain compare equal
/// when they denote the same value. Backends return keys as text (<see cref="Dialects.ISqlDialect.Text"/>); a typed
/// value (a CASE key's literal, or a backend that returns values) is written as text first. By type: numbers as
/// plain decimals without trailing zeros (<c>1.50</c>, <c>15e-1</c> → <c>1.5</c>; −0 → <c>0</c>) and
/// <c>Infinity</c>, <c>-Infinity</c>, <c>NaN</c>; dates as the backend writes them (<c>yyyy-MM-dd</c>, and beyond
/// .NET's range <c>12000-01-01</c>, <c>infinity</c>, <c>0044-03-15 BC</c>); booleans <c>true</c>/<c>false</c>; text
/// as is. Reading a key never throws, whatever its value.
/// Privacy-critical: <see cref="FromValue"/> is injective on the values of one backend column up to SQL equality,
/// so two groups the backend keeps apart never share a released key (docs/proofs/DpQueryRelease.md).
/// </summary>
internal static class KeyText
{
    public static string? FromValue(object? value, SqlType type) => value switch
    {
        null or DBNull => null,
        string s => Canonical(s, type),
        _ => Canonical(Format(value), type),
    };

    /// <summary>Canonical form of a declared domain value of the given type (unparseable text stays as given).</summary>
    public static string FromDeclared(string text, SqlType type) =>
        type == SqlType.Date && DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Date(date)
            : Canonical(type is SqlType.Integer or SqlType.Number ? text.Trim() : text, type);

    private static string Canonical(string text, SqlType type) => type switch
    {
        SqlType.Integer or SqlType.Number => Number(text),
        SqlType.Date => text.EndsWith(" (BC)", StringComparison.Ordinal) ? text[..^5] + " BC" : text,
        SqlType.Boolean when bool.TryParse(text, out var flag) => flag ? "true" : "false",
        _ => text,
    };

    /// <summary>
    /// A number's plain decimal text; infinities and NaN by name. Any other text stays as it is: it does not look
    /// like a plain decimal, so it cannot collide with one. Exponents beyond ±9999 (no backend number has one) too.
    /// </summary>
    private static string Number(string text)
    {
        if (DecimalDigits.Parse(text) is { } number) return number.ToPlainText();
        var negative = text.StartsWith('-');
        return text.TrimStart('-', '+').ToLowerInvariant() switch
        {
            "inf" or "infinity" => negative ? "-Infinity" : "Infinity",
            "nan" => "NaN",
            _ => text,
        };
    }

    /// <summary>A typed value as text; which types occur depends only on the query's SQL, never on a value.</summary>
    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateOnly d => Date(d),
        DateTime t => Timestamp(t),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal or long or int or short or sbyte or byte or ushort or uint or ulong or System.Numerics.BigInteger =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => throw KuraException.Internal("KURA-SQL-BACKEND-RESULT",
            "The backend result does not match the DP plan: a group key has an unsupported type."),
    };

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A timestamp at midnight reads as its date; any other keeps its full time, so no two collide.</summary>
    private static string Timestamp(DateTime t) => t.TimeOfDay == TimeSpan.Zero
        ? Date(DateOnly.FromDateTime(t))
        : t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
}
