using Kura.Anonymity;
using Kura.Anonymity.Pseudonyms;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// 仮名加工 (APPI-PSE-01): the planner already deleted identifiers, identification codes, payment data and facial data;
/// here peculiar values are handled (a Kura safeguard), the person key becomes the project's keyed pseudonym, and the
/// risk is measured. Pure apart from the rows it is given.
/// </summary>
internal static class PseudonymizedProcessing
{
    public static ProcessedExtract Run(ExtractPlan plan, ExtractTable table, ProjectPseudonyms pseudonyms, int rareValueThreshold, RiskThreshold threshold)
    {
        var key = plan.PseudonymIndex;
        var persons = table.Columns[key];
        // With one row per person, holders of a category are counted as rows (cheaper, same result).
        var onePerRow = persons.Distinct(StringComparer.Ordinal).Count() == persons.Length;
        var changed = ColumnProcessing.HandlePeculiarValues(plan, table, onePerRow ? null : persons, rareValueThreshold);
        var quasi = plan.Columns.Select((c, i) => (c, i)).Where(x => x.c.Output.Class == ColumnClass.QuasiIdentifier)
            .Select(x => table.Columns[x.i]).ToList();
        var classes = ClassRisk.ClassSizes(persons, quasi);
        var statistics = new ExtractStatistics
        {
            SourceRecords = table.RowCount,
            ReleasedRows = table.RowCount,
            SuppressedRecords = 0,
            EquivalenceClasses = classes.Count,
            Risk = ClassRisk.Of(classes),
            RiskEnforced = false,
            Threshold = threshold,
            ChangedValues = changed,
        };
        var pseudonymOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var released = persons.Select(p => p is null ? null : Pseudonym(pseudonymOf, pseudonyms, p)).ToArray();
        return new ProcessedExtract([.. plan.Columns.Select(c => c.Output)], Rows(table, key, released), statistics, plan.Dropped,
            c => c == key ? released : table.Columns[c]);
    }

    private static string Pseudonym(Dictionary<string, string> cache, ProjectPseudonyms pseudonyms, string person)
    {
        if (!cache.TryGetValue(person, out var pseudonym)) cache[person] = pseudonym = pseudonyms.For(person);
        return pseudonym;
    }

    private static IEnumerable<string?[]> Rows(ExtractTable table, int key, string?[] pseudonyms)
    {
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = new string?[table.Columns.Length];
            for (var c = 0; c < row.Length; c++) row[c] = c == key ? pseudonyms[r] : table.Columns[c][r];
            yield return row;
        }
    }
}
