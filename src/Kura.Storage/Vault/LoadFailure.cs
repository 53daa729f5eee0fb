using System.Globalization;
using Kura.Core;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>Why DuckDB refused a load: a row it rejected (with its record line) or a Kura check that fired.</summary>
internal sealed record LoadFailure(string Kind, long Line = 0, int Column = 0, string? ErrorType = null, int? PlanIndex = null)
{
    public static LoadFailure FromReject(long line, int column, string errorType) => new("reject", line, column, errorType);

    public static LoadFailure FromMessage(string message)
    {
        if (message.Contains(CsvLoadSql.PersonKeyMarker, StringComparison.Ordinal)) return new("person-key");
        var at = message.IndexOf(CsvLoadSql.TypeMarker, StringComparison.Ordinal);
        if (at < 0) return new("other");
        var digits = new string(message[(at + CsvLoadSql.TypeMarker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return new("type", PlanIndex: int.Parse(digits, CultureInfo.InvariantCulture));
    }

    /// <summary>The error to report when Kura's own full scan could not pin the problem down.</summary>
    public KuraException ToException(string file, IReadOnlyList<ColumnPlan> plans)
    {
        var key = plans.FirstOrDefault(p => p.IsPersonKey)?.Name ?? "";
        return Kind switch
        {
            "person-key" => ImportErrors.PersonKeyEmpty(file, "a row", key),
            "type" when PlanIndex < plans.Count => ImportErrors.TypeMismatch(file, "a row", plans[PlanIndex.Value].Name, plans[PlanIndex.Value].Type),
            "reject" => FromReject(file, plans),
            _ => ImportErrors.Failed(file),
        };
    }

    private KuraException FromReject(string file, IReadOnlyList<ColumnPlan> plans) => ErrorType switch
    {
        "MISSING COLUMNS" => ImportErrors.Ragged(file, Line, plans.Count, "fewer"),
        "TOO MANY COLUMNS" => ImportErrors.Ragged(file, Line, plans.Count, "more"),
        "UNQUOTED VALUE" => ImportErrors.Quote(file, Line, Column, "a quoted field is not closed properly"),
        "INVALID ENCODING" or "INVALID UNICODE" => ImportErrors.Undecodable(file, Line, Column, "UTF-8"),
        "CAST" when Column >= 1 && Column <= plans.Count =>
            ImportErrors.TypeMismatch(file, ImportErrors.At(Line, Column), plans[Column - 1].Name, plans[Column - 1].Type),
        // DuckDB's rejection kinds are a fixed vocabulary (never a value), so naming one is safe.
        _ => ImportErrors.Rejected(file, Line, ErrorType ?? "unknown"),
    };
}
