using Kura.Core;

namespace Kura.Engine.Policy;

/// <summary>
/// Which rows an incident touched, in a restricted form that is never SQL: <c>all</c> (every table),
/// <c>TABLE</c> (every row of one table) or <c>TABLE.COLUMN=VALUE[,VALUE…]</c> (rows whose column
/// equals one of the values, compared as text).
/// </summary>
public sealed record PersonFilter(string? Table, string? Column, IReadOnlyList<string> Values)
{
    /// <summary>Every row of every table.</summary>
    public static PersonFilter All { get; } = new(null, null, []);

    public bool IsAll => Table is null;

    /// <summary>Parses the <c>--where</c> form; throws <c>KURA-INCIDENT-WHERE</c> naming the expected forms.</summary>
    public static PersonFilter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase)) return All;
        var eq = trimmed.IndexOf('=');
        if (eq < 0)
            return IsName(trimmed) ? new PersonFilter(trimmed, null, []) : throw Invalid();
        var dot = trimmed.LastIndexOf('.', eq);
        if (dot <= 0 || dot >= eq - 1) throw Invalid();
        var (table, column) = (trimmed[..dot].Trim(), trimmed[(dot + 1)..eq].Trim());
        var values = trimmed[(eq + 1)..].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (!IsName(table) || column.Length == 0 || values.Length == 0) throw Invalid();
        if (values.Length > 10_000)
            throw KuraException.BadInput("KURA-INCIDENT-WHERE", "--where lists more than 10,000 values; split the incident by table or use TABLE or all.");
        return new PersonFilter(table, column, values);
    }

    /// <summary>A description without the values (values may be personal data): <c>all</c>, <c>claims</c>, <c>claims.傷病名 (3 values)</c>.</summary>
    public string Describe() => IsAll ? "all" : Column is null ? Table! : $"{Table}.{Column} ({Values.Count} value{(Values.Count == 1 ? "" : "s")})";

    private static bool IsName(string s) => s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static KuraException Invalid() => KuraException.BadInput("KURA-INCIDENT-WHERE",
        "--where must be 'all', a table name, or TABLE.COLUMN=VALUE[,VALUE…] (values compared as text). SQL is not accepted here.");
}
