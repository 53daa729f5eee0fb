namespace Kura.Engine.Extracts;

/// <summary>
/// Linking codes found in the data (APPI-ANO-01(3)). In an anonymised extract, a released column that no hierarchy
/// generalised and whose values are nearly all distinct among the released rows (a record number, an exact amount in
/// yen) lets a recipient link each row back to the source or to another extract, so it is deleted. The decision reads
/// the released values, which is acceptable because an extract is not a differentially private release; it is
/// deterministic and never reports a value. Pure.
/// </summary>
internal static class LinkingValues
{
    /// <summary>A column is judged only when it has more than this many non-empty released values.</summary>
    public const int MinimumValues = 20;

    /// <summary>Distinct values per non-empty released value (in tenths) at or above which a column is a linking code: 9 = 90%.</summary>
    public const int DistinctTenths = 9;

    /// <summary>True when more than <see cref="MinimumValues"/> non-empty values are at least 90% distinct.</summary>
    public static bool AreNearlyUnique(IEnumerable<string?> values)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        long count = 0;
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value)) continue;
            count++;
            distinct.Add(value);
        }
        return count > MinimumValues && distinct.Count * 10L >= DistinctTenths * count;
    }
}
