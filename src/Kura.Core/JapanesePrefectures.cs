namespace Kura.Core;

/// <summary>
/// Japan's 47 prefectures in JIS X 0401 order with their region among the eight traditional regions (八地方区分; 沖縄県 in 九州地方). Public
/// knowledge: used as a declared domain for group keys and as a generalisation hierarchy.
/// </summary>
public static class JapanesePrefectures
{
    private static readonly (string Region, string[] Names)[] Regions =
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

    /// <summary>The 47 prefecture names in JIS code order (01 北海道 … 47 沖縄県).</summary>
    public static IReadOnlyList<string> Names { get; } = Regions.SelectMany(r => r.Names).ToArray();

    /// <summary>The eight regions in conventional order.</summary>
    public static IReadOnlyList<string> RegionNames { get; } = Regions.Select(r => r.Region).ToArray();

    /// <summary>The region of a prefecture, or null for a name that is not one of the 47.</summary>
    public static string? RegionOf(string prefecture) =>
        Regions.FirstOrDefault(r => r.Names.Contains(prefecture, StringComparer.Ordinal)).Region;
}
