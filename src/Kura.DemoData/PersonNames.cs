namespace Kura.DemoData;

/// <summary>
/// Common Japanese surnames (drawn with a Zipf-like weight by rank) and given names typical of
/// three birth cohorts (before 1960, 1960–1989, 1990 on), by sex.
/// </summary>
internal static class PersonNames
{
    private static readonly NamePart[] Surnames = Parse(
        "佐藤サトウ 鈴木スズキ 高橋タカハシ 田中タナカ 伊藤イトウ 渡辺ワタナベ 山本ヤマモト 中村ナカムラ 小林コバヤシ 加藤カトウ " +
        "吉田ヨシダ 山田ヤマダ 佐々木ササキ 山口ヤマグチ 松本マツモト 井上イノウエ 木村キムラ 林ハヤシ 斎藤サイトウ 清水シミズ " +
        "山崎ヤマザキ 森モリ 池田イケダ 橋本ハシモト 阿部アベ 石川イシカワ 山下ヤマシタ 中島ナカジマ 石井イシイ 小川オガワ " +
        "前田マエダ 岡田オカダ 長谷川ハセガワ 藤田フジタ 後藤ゴトウ 近藤コンドウ 村上ムラカミ 遠藤エンドウ 青木アオキ 坂本サカモト " +
        "斉藤サイトウ 福田フクダ 太田オオタ 西村ニシムラ 藤井フジイ 金子カネコ 岡本オカモト 藤原フジワラ 中野ナカノ 三浦ミウラ " +
        "原田ハラダ 中川ナカガワ 松田マツダ 竹内タケウチ 小野オノ 田村タムラ 中山ナカヤマ 和田ワダ 石田イシダ 森田モリタ " +
        "上田ウエダ 原ハラ 内田ウチダ 柴田シバタ 酒井サカイ 宮崎ミヤザキ 横山ヨコヤマ 高木タカギ 安藤アンドウ 宮本ミヤモト " +
        "大野オオノ 小島コジマ 工藤クドウ 谷口タニグチ 今井イマイ 高田タカダ 増田マスダ 丸山マルヤマ 杉山スギヤマ 村田ムラタ " +
        "比嘉ヒガ 金城キンジョウ");

    // Index cohort * 2 + sex: cohort 0 = born before 1960, 1 = 1960–1989, 2 = 1990 on; sex 0 = male, 1 = female.
    private static readonly NamePart[][] Given =
    [
        Parse("清キヨシ 茂シゲル 博ヒロシ 実ミノル 勇イサム 進ススム 正タダシ 明アキラ 武タケシ 勝マサル 修オサム 和夫カズオ 正男マサオ 隆タカシ 昭二ショウジ 幸雄ユキオ"),
        Parse("和子カズコ 幸子サチコ 節子セツコ 洋子ヨウコ 恵子ケイコ 京子キョウコ 美智子ミチコ 久子ヒサコ 文子フミコ 信子ノブコ 弘子ヒロコ 悦子エツコ 照子テルコ 静子シズコ 千代子チヨコ 敏子トシコ"),
        Parse("誠マコト 浩ヒロシ 健一ケンイチ 哲也テツヤ 直樹ナオキ 大輔ダイスケ 拓也タクヤ 和也カズヤ 剛ツヨシ 達也タツヤ 学マナブ 秀樹ヒデキ 聡サトシ 健太ケンタ 隆之タカユキ 雅人マサト"),
        Parse("久美子クミコ 由美子ユミコ 裕子ユウコ 直美ナオミ 恵美エミ 真由美マユミ 智子トモコ 陽子ヨウコ 愛アイ 彩アヤ 麻衣マイ 美穂ミホ 香織カオリ 明美アケミ 純子ジュンコ 由紀ユキ"),
        Parse("翔太ショウタ 拓海タクミ 大翔ヒロト 蓮レン 陽翔ハルト 湊ミナト 悠真ユウマ 蒼アオイ 悠斗ユウト 颯太ソウタ 大和ヤマト 陸リク 樹イツキ 奏太ソウタ 健太ケンタ 海斗カイト"),
        Parse("陽葵ヒマリ 結愛ユア 芽依メイ 凛リン 葵アオイ 結菜ユイナ さくらサクラ 美咲ミサキ 陽菜ヒナ 紬ツムギ 莉子リコ 美羽ミウ 彩花アヤカ 七海ナナミ 花ハナ 美月ミツキ"),
    ];

    private static readonly WeightedTable SurnameTable =
        new(Enumerable.Range(0, Surnames.Length).Select(rank => 10_000 / (rank + 8)).ToArray());

    /// <summary>Every name in the tables (lets tests check they all encode in CP932).</summary>
    public static IEnumerable<NamePart> All => Surnames.Concat(Given.SelectMany(g => g));

    public static NamePart NextSurname(SeededRandom random) => Surnames[SurnameTable.Next(random)];

    /// <summary>A given name typical of the birth year's cohort and the sex (true = male).</summary>
    public static NamePart NextGivenName(SeededRandom random, int birthYear, bool male)
    {
        var cohort = birthYear < 1960 ? 0 : birthYear < 1990 ? 1 : 2;
        var names = Given[cohort * 2 + (male ? 0 : 1)];
        return names[random.NextInt(names.Length)];
    }

    // Each token is the written form followed directly by its katakana reading.
    private static NamePart[] Parse(string tokens) =>
        tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Split).ToArray();

    private static NamePart Split(string token)
    {
        var i = token.Length;
        while (i > 0 && IsKatakana(token[i - 1])) i--;
        // A name written wholly in katakana would leave nothing before the reading.
        if (i == 0) throw new InvalidOperationException("Name table entry lacks a written form.");
        return new NamePart(token[..i], token[i..]);
    }

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FC';
}
