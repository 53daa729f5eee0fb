namespace Kura.Anonymity.Tests.Support;

/// <summary>
/// A linkage attack with the full quasi-identifier table as background knowledge: the attacker knows every
/// person's original quasi-identifiers and the published hierarchies and levels, and links each released row
/// to the people it could be (and each person to the released rows that could be theirs), guessing uniformly.
/// </summary>
internal static class LinkageAttack
{
    /// <summary>The highest probability of a correct link over all released rows and all released people.</summary>
    public static double HighestSuccess(SourceTable background, AnonymizationSpec spec, AnonymizationResult result)
    {
        var columns = result.Table.ColumnNames.ToList();
        var qis = spec.QuasiIdentifiers;
        // What each person's record looks like after generalisation at the published levels.
        var personKeys = Enumerable.Range(0, background.RowCount)
            .Select(r => string.Join('\u001f', qis.Select((q, i) => q.Hierarchy.Generalize(background.Column(q.Column)[r], result.Levels[i]))))
            .ToArray();
        var peoplePerKey = personKeys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var rowsPerKey = result.Table.Rows()
            .GroupBy(row => string.Join('\u001f', qis.Select(q => row[columns.IndexOf(q.Column)])))
            .ToDictionary(g => g.Key, g => g.Count());
        var worst = 0.0;
        foreach (var (key, rows) in rowsPerKey)
        {
            // Released row → person: one of the people who generalise to its labels.
            worst = Math.Max(worst, 1.0 / peoplePerKey[key]);
            // Person → released row: one of the rows carrying the person's labels.
            worst = Math.Max(worst, 1.0 / rows);
        }
        return worst;
    }
}
