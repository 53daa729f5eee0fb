using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>
/// The import errors Kura raises, each with a stable code, the file, and where known the line and
/// column. Messages name columns (header text) but never cell values.
/// </summary>
public static class ImportErrors
{
    public static KuraException FileNotFound(string file) =>
        KuraException.NotFound("KURA-IMPORT-FILE-NOT-FOUND", $"{file}: file not found. Check the path.");

    // DuckDB expands * ? [ ] in a path to the files matching it, so such a name could load other files.
    public static KuraException PatternInName(string file) =>
        KuraException.BadInput("KURA-IMPORT-FILE-NAME",
            $"{file}: the file name contains *, ? or [, which the vault's reader takes as a pattern matching other files. Rename or copy the file without them.");

    public static KuraException Empty(string file) =>
        KuraException.BadInput("KURA-IMPORT-EMPTY", $"{file}: the file is empty. Export the table again with a header line and data rows.");

    public static KuraException NoRows(string file) =>
        KuraException.BadInput("KURA-IMPORT-NO-ROWS", $"{file}: the file has a header but no data rows. Export the table again with its rows.");

    public static KuraException Undecodable(string file, long line, int column, string encoding) =>
        KuraException.BadInput("KURA-IMPORT-ENCODING",
            $"{file}: line {line}, column {column}: bytes that are not valid {encoding}. " +
            "Pass --encoding utf-8 or --encoding shift_jis to match how the file was exported, or fix the bytes.");

    public static KuraException Ragged(string file, long line, int expected, string found) =>
        KuraException.BadInput("KURA-IMPORT-RAGGED",
            $"{file}: line {line}: {found} fields where the header has {expected}. " +
            "Every row needs one field per header column; quote fields that contain the delimiter.");

    public static KuraException Quote(string file, long line, int column, string problem) =>
        KuraException.BadInput("KURA-IMPORT-QUOTE",
            $"{file}: line {line}, column {column}: {problem}. Close the quote, or double quotes inside a quoted field (\"\").");

    public static KuraException DuplicateColumn(string file, string name, int first, int second) =>
        KuraException.BadInput("KURA-IMPORT-DUPLICATE-COLUMN",
            $"{file}: line 1: columns {first} and {second} are both named '{name}' (names are compared ignoring case). Rename one of them.");

    public static KuraException InvalidColumnName(string file, int column, string problem) =>
        KuraException.BadInput("KURA-IMPORT-COLUMN-NAME", $"{file}: line 1, column {column}: {problem}. Rename the column in the header.");

    public static KuraException PersonKeyMissing(string file, string key) =>
        KuraException.BadInput("KURA-IMPORT-PERSON-KEY-MISSING",
            $"{file}: there is no column '{key}' for --person-key. Name an existing column, or use --person-key @row if each row is a distinct person.");

    public static KuraException PersonKeyEmpty(string file, string location, string key) =>
        KuraException.BadInput("KURA-IMPORT-PERSON-KEY-EMPTY",
            $"{file}: {location} (column '{key}'): the person key is empty. Every row must name its person; fill or remove such rows.");

    public static KuraException TypeMismatch(string file, string location, string column, ColumnType type) =>
        KuraException.BadInput("KURA-IMPORT-TYPE",
            $"{file}: {location} (column '{column}'): the value is not a valid {type.ToString().ToLowerInvariant()}. " +
            "Fix the value or override the column's type (for example to text).");

    public static KuraException TableExists(string dataset, string table) =>
        KuraException.Conflict("KURA-IMPORT-TABLE-EXISTS",
            $"Table '{table}' already exists in dataset '{dataset}'. Pass --replace to replace it, or choose another table name.");

    public static KuraException Option(string message) => KuraException.BadInput("KURA-IMPORT-OPTION", message);

    public static KuraException MixedLineEndings(string file, long line) =>
        KuraException.BadInput("KURA-IMPORT-LINE-ENDINGS",
            $"{file}: the file mixes CRLF and LF line endings (the first change is near line {line}). Convert it to one kind (for example with dos2unix) and import again; nothing was changed.");

    public static KuraException Rejected(string file, long line, string reason) =>
        KuraException.BadInput("KURA-IMPORT-REJECTED",
            $"{file}: line {line}: the CSV reader rejected the row ({reason.ToLowerInvariant()}). Check that line's quoting, line ending and length; nothing was changed.");

    /// <summary>An unexpected load failure; DuckDB's message is not attached because it may quote cell values.</summary>
    public static KuraException Failed(string file) =>
        KuraException.Internal("KURA-IMPORT-FAILED", $"{file}: the vault could not load the file; nothing was changed.");

    /// <summary>"line N, column C" for CSV, "row N" for Parquet.</summary>
    public static string At(long line, int column) => $"line {line}, column {column}";
}
