using Kura.Core;

namespace Kura.Anonymity.Hierarchies;

/// <summary>
/// Builds prefecture hierarchies: prefecture → one of the eight traditional regions (北海道地方 … 九州地方,
/// Okinawa in 九州地方) → 日本 → <c>*</c>. Values are prefecture names with or without the 都/府/県 suffix.
/// </summary>
public static class PrefectureHierarchy
{
    // Region → prefectures in JIS X 0401 order; 47 in all.
    private static readonly (string Region, string[] Prefectures)[] Regions =
    [
        ("北海道地方", ["北海道"]),
        ("東北地方", ["青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"]),
        ("関東地方", ["茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"]),
        ("中部地方", ["新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県"]),
        ("近畿地方", ["三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"]),
        ("中国地方", ["鳥取県", "島根県", "岡山県", "広島県", "山口県"]),
        ("四国地方", ["徳島県", "香川県", "愛媛県", "高知県"]),
        ("九州地方", ["福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]),
    ];

    private static readonly Dictionary<string, string> RegionOf = BuildIndex();

    /// <summary>The 47 prefecture names with their suffix, in JIS order.</summary>
    public static IReadOnlyList<string> Prefectures { get; } = Regions.SelectMany(r => r.Prefectures).ToArray();

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
        foreach (var (region, prefectures) in Regions)
        {
            foreach (var name in prefectures)
            {
                index[name] = region;
                if (name != "北海道") index[name[..^1]] = region;
            }
        }
        return index;
    }
}
