using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>
/// Builds prefecture hierarchies: prefecture → one of the eight traditional regions (北海道地方 … 九州地方,
/// Okinawa in 九州地方) → 日本 → <c>*</c>. Values are prefecture names with or without the 都/府/県 suffix.
/// </summary>
public static class PrefectureHierarchy
{
    private static readonly Dictionary<string, string> RegionOf = BuildIndex();

    /// <summary>The 47 prefecture names with their suffix, in JIS order.</summary>
    public static IReadOnlyList<string> Prefectures => JapanesePrefectures.Names;

    /// <summary>Builds a hierarchy over the distinct <paramref name="values"/>.</summary>
    /// <exception cref="KuraException">KURA-ANON-HIERARCHY-INPUT when a value is not a prefecture name.</exception>
    public static Hierarchy Build(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            if (!RegionOf.TryGetValue(value.Trim(), out var region))
            {
                throw KuraException.BadInput("KURA-ANON-HIERARCHY-INPUT",
                    "A prefecture value is not one of the 47 prefecture names (e.g. 東京都 or 東京); normalise the column or supply a hierarchy file.");
            }
            rows.Add([value, region, "日本", "*"]);
        }
        return Hierarchy.FromRows(rows);
    }

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in JapanesePrefectures.Names)
        {
            var region = JapanesePrefectures.RegionOf(name)!;
            index[name] = region;
            if (name != "北海道") index[name[..^1]] = region;
        }
        return index;
    }
}
