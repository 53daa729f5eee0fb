using Kura.Core;

namespace Kura.Engine.Intake;

/// <summary>What to load into the vault. Paths and options are validated by the vault adapter.</summary>
/// <param name="FilePath">CSV/TSV or Parquet file.</param>
/// <param name="Dataset">Dataset name (a vault schema).</param>
/// <param name="Table">Table name within the dataset.</param>
/// <param name="Unit">Privacy unit: the person-key column, or per row.</param>
/// <param name="Encoding"><c>auto</c>, <c>utf-8</c> or <c>shift_jis</c> (CP932).</param>
/// <param name="Delimiter">Field delimiter; null means detect (comma, tab, semicolon).</param>
/// <param name="TypeOverrides">Column types that replace the inferred ones.</param>
/// <param name="Replace">Replace an existing table of the same name instead of refusing.</param>
public sealed record ImportRequest(
    string FilePath,
    string Dataset,
    string Table,
    PrivacyUnit Unit,
    string Encoding = "auto",
    char? Delimiter = null,
    IReadOnlyDictionary<string, ColumnType>? TypeOverrides = null,
    bool Replace = false);
