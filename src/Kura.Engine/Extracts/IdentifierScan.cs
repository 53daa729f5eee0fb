using System.Globalization;
using Kura.Core;
using Kura.Detection;

namespace Kura.Engine.Extracts;

/// <summary>
/// The last check before an extract is written: the detection library's value rules (My Number check digit, e-mail,
/// phone) run over every released text and integer column, so an identifier a steward classified as ordinary never
/// leaves (APPI-PSE-01(1)(2), APPI-ANO-01(1)(2)). A column is refused when at least <see cref="MinimumMatches"/> of its
/// values match, or at least 1% of its non-empty values; a stray look-alike in a large column is tolerated. The
/// message names the column, the kind and the counts, never a value. Pure.
/// </summary>
internal static class IdentifierScan
{
    /// <summary>Matching values that refuse a column whatever its size.</summary>
    public const int MinimumMatches = 3;

    /// <summary>Matching values per 100 non-empty values that refuse a column (1%).</summary>
    public const int PercentRefused = 1;

    private const int MemoLimit = 1 << 16;   // distinct values remembered per column; repeated categories are checked once

    /// <exception cref="KuraException">KURA-EXTRACT-IDENTIFIER-VALUES (refused by policy).</exception>
    public static void Check(ProcessedExtract extract, string dataset)
    {
        for (var c = 0; c < extract.Columns.Count; c++)
        {
            var column = extract.Columns[c];
            if (column.Treatment == ColumnTreatment.Pseudonym || column.Type is not (ColumnType.Text or ColumnType.Integer)) continue;
            var (values, matches, kind) = Count(extract.ColumnValues(c));
            if (matches > 0 && (matches >= MinimumMatches || matches * 100L >= PercentRefused * values))
                throw Refused(column, dataset, matches, values, kind!);
        }
    }

    private static (long Values, long Matches, string? Kind) Count(IEnumerable<string?> values)
    {
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        long count = 0, matches = 0;
        string? kind = null;
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value)) continue;
            count++;
            if (!seen.TryGetValue(value, out var found))
            {
                found = IdentifierValues.Recognize(value);
                if (seen.Count < MemoLimit) seen[value] = found;
            }
            if (found is null) continue;
            matches++;
            kind ??= found;
        }
        return (count, matches, kind);
    }

    private static KuraException Refused(ExtractColumn column, string dataset, long matches, long values, string kind) =>
        KuraException.Policy("KURA-EXTRACT-IDENTIFIER-VALUES",
            string.Create(CultureInfo.InvariantCulture, $"Column '{column.Table}.{column.Source}' is classified {column.Class.ToName()}, but {matches} of its {values} ") +
            $"non-empty released values look like {kind}; an extract never carries identifiers or identification codes (APPI-PSE-01, APPI-ANO-01). " +
            $"Nothing was written or recorded. A steward should reclassify it: kura classify {dataset} --set {column.Table}.{column.Source}=direct-identifier " +
            "(or leave it out with --columns).");
}
