namespace Kura.DemoData;

/// <summary>
/// The outpatient diagnosis mix: common chronic conditions (hypertension I10, type 2 diabetes E11,
/// dyslipidaemia E78) dominate from middle age, acute infections dominate childhood, cancers and
/// fractures are rare and costly. Weights are illustrative, shaped on Japan's patient survey.
/// </summary>
internal static class Conditions
{
    public static IReadOnlyList<Condition> All { get; } =
    [
        C("I10", "本態性高血圧症", "内科", null, 4500, 0.5, [0, 20, 140, 220], Drugs("アムロジピン錠5mg", "オルメサルタン錠20mg", "テルミサルタン錠40mg")),
        C("E11.9", "2型糖尿病", "内科", null, 7000, 0.6, [0, 10, 90, 120], Drugs("メトホルミン塩酸塩錠250mg", "シタグリプチン錠50mg", "ダパグリフロジン錠5mg")),
        C("E78.5", "脂質異常症", "内科", null, 5000, 0.5, [0, 10, 100, 120], Drugs("ロスバスタチン錠2.5mg", "アトルバスタチン錠10mg", "エゼチミブ錠10mg")),
        C("E03.9", "甲状腺機能低下症", "内科", null, 4000, 0.4, [2, 10, 15, 15], Drugs("レボチロキシンナトリウム錠")),
        C("J06.9", "急性上気道炎", "内科", "小児科", 3000, 0.4, [300, 140, 60, 30], Drugs("カルボシステイン錠250mg", "アセトアミノフェン錠200mg", "トラネキサム酸錠250mg")),
        C("J45.9", "気管支喘息", "呼吸器内科", "小児科", 5500, 0.5, [70, 40, 30, 30], Drugs("モンテルカスト錠10mg", "ブデソニド・ホルモテロール吸入剤")),
        C("J30.4", "アレルギー性鼻炎", "耳鼻咽喉科", null, 3500, 0.4, [120, 100, 50, 20], Drugs("フェキソフェナジン錠60mg", "ビラスチン錠20mg", "モメタゾン点鼻液")),
        C("A09", "感染性胃腸炎", "内科", "小児科", 3500, 0.4, [100, 40, 20, 20], Drugs("ビフィズス菌製剤散", "ブチルスコポラミン臭化物錠10mg")),
        C("U07.1", "COVID-19", "内科", "小児科", 6000, 0.6, [30, 40, 30, 30], Drugs("アセトアミノフェン錠200mg")),
        C("K21.9", "胃食道逆流症", "消化器内科", null, 5000, 0.5, [0, 30, 50, 50], Drugs("ランソプラゾールOD錠15mg", "ボノプラザン錠10mg")),
        C("K29.5", "慢性胃炎", "消化器内科", null, 6000, 0.7, [0, 30, 50, 50], Drugs("レバミピド錠100mg", "ファモチジン錠20mg")),
        C("M17.9", "変形性膝関節症", "整形外科", null, 4500, 0.5, [0, 5, 40, 100], Drugs("ロキソプロフェンナトリウム錠60mg", "ロキソプロフェンナトリウムテープ100mg", "ヒアルロン酸ナトリウム関節注25mg")),
        C("M54.5", "腰痛症", "整形外科", null, 4000, 0.5, [10, 50, 60, 60], Drugs("ロキソプロフェンナトリウム錠60mg", "セレコキシブ錠100mg")),
        C("M81.9", "骨粗鬆症", "整形外科", null, 5000, 0.5, [0, 0, 15, 80], Drugs("アレンドロン酸錠35mg", "エルデカルシトールカプセル"), SexRestriction.Female),
        C("S52.5", "橈骨遠位端骨折", "整形外科", null, 30000, 0.8, [5, 3, 3, 6], Drugs("ロキソプロフェンナトリウム錠60mg")),
        C("S72.0", "大腿骨頸部骨折", "整形外科", null, 300000, 0.8, [0, 0, 1, 10], Drugs("セレコキシブ錠100mg")),
        C("H52.1", "近視", "眼科", null, 3000, 0.3, [80, 60, 30, 20], Drugs()),
        C("H40.1", "緑内障", "眼科", null, 5000, 0.4, [0, 5, 20, 50], Drugs("ラタノプロスト点眼液0.005%", "チモロール点眼液0.5%")),
        C("H25.9", "老人性白内障", "眼科", null, 5000, 0.8, [0, 0, 10, 50], Drugs("ピレノキシン点眼液")),
        C("H66.9", "中耳炎", "耳鼻咽喉科", null, 3500, 0.4, [60, 10, 5, 5], Drugs("アモキシシリンカプセル250mg")),
        C("L20.9", "アトピー性皮膚炎", "皮膚科", "小児科", 3500, 0.4, [90, 50, 20, 10], Drugs("ヘパリン類似物質クリーム0.3%", "ヒドロコルチゾン酪酸エステル軟膏")),
        C("B35.3", "足白癬", "皮膚科", null, 3000, 0.3, [0, 20, 20, 30], Drugs("ルリコナゾールクリーム1%")),
        C("F32.9", "うつ病", "精神科", null, 7000, 0.5, [0, 30, 30, 15], Drugs("エスシタロプラム錠10mg", "セルトラリン錠25mg")),
        C("F51.0", "不眠症", "心療内科", null, 5000, 0.5, [0, 15, 20, 30], Drugs("ゾルピデム酒石酸塩錠5mg", "レンボレキサント錠5mg")),
        C("F03", "認知症", "脳神経内科", null, 8000, 0.6, [0, 0, 2, 30], Drugs("ドネペジル塩酸塩錠5mg", "メマンチン塩酸塩錠20mg")),
        C("G43.9", "片頭痛", "脳神経内科", null, 4500, 0.5, [5, 30, 20, 5], Drugs("スマトリプタン錠50mg", "ロメリジン塩酸塩錠5mg")),
        C("I48.9", "心房細動", "循環器内科", null, 9000, 0.7, [0, 2, 10, 40], Drugs("アピキサバン錠5mg", "エドキサバン錠30mg")),
        C("I20.9", "狭心症", "循環器内科", null, 9000, 0.9, [0, 1, 10, 30], Drugs("ニトログリセリン舌下錠0.3mg", "アスピリン腸溶錠100mg")),
        C("I63.9", "脳梗塞", "脳神経内科", null, 12000, 1.0, [0, 1, 8, 25], Drugs("クロピドグレル錠75mg")),
        C("N18.9", "慢性腎臓病", "腎臓内科", null, 20000, 1.2, [0, 1, 8, 25], Drugs("球形吸着炭細粒")),
        C("N39.0", "尿路感染症", "泌尿器科", null, 4000, 0.4, [10, 20, 15, 25], Drugs("レボフロキサシン錠500mg", "セファレキシンカプセル250mg")),
        C("N40", "前立腺肥大症", "泌尿器科", null, 5000, 0.4, [0, 0, 15, 50], Drugs("タムスロシン塩酸塩OD錠0.2mg", "シロドシン錠4mg"), SexRestriction.Male),
        C("N95.1", "更年期障害", "産婦人科", null, 5000, 0.4, [0, 2, 20, 3], Drugs("加味逍遙散エキス顆粒"), SexRestriction.Female),
        C("O21.0", "妊娠悪阻", "産婦人科", null, 8000, 0.6, [0, 6, 1, 0], Drugs(), SexRestriction.Female),
        C("C34.9", "肺癌", "呼吸器外科", null, 180000, 1.1, [0, 0, 3, 10], Drugs("ペムブロリズマブ点滴静注")),
        C("C16.9", "胃癌", "消化器外科", null, 120000, 1.1, [0, 1, 4, 10], Drugs("テガフール・ギメラシル・オテラシルカリウム配合カプセル")),
        C("C18.9", "結腸癌", "消化器外科", null, 120000, 1.1, [0, 1, 5, 12], Drugs("カペシタビン錠300mg")),
        C("C50.9", "乳癌", "乳腺外科", null, 80000, 1.1, [0, 2, 12, 10], Drugs("タモキシフェン錠20mg", "アナストロゾール錠1mg"), SexRestriction.Female),
    ];

    // Tables indexed by age group * 2 + (male ? 0 : 1).
    private static readonly WeightedTable[] Tables = BuildTables();

    /// <summary>A diagnosis drawn from the mix for this age and sex.</summary>
    public static Condition Next(SeededRandom random, int age, bool male) =>
        All[Tables[Condition.AgeGroup(age) * 2 + (male ? 0 : 1)].Next(random)];

    private static WeightedTable[] BuildTables()
    {
        var tables = new WeightedTable[8];
        for (var group = 0; group < 4; group++)
            foreach (var male in new[] { true, false })
                tables[group * 2 + (male ? 0 : 1)] = new WeightedTable(
                    All.Select(c => c.Allows(male) ? c.WeightsByAgeGroup[group] : 0).ToArray());
        return tables;
    }

    private static string[] Drugs(params string[] names) => names;

    private static Condition C(string code, string name, string department, string? childDepartment,
        int medianYen, double spread, int[] weights, string[] drugs, SexRestriction sex = SexRestriction.Any) =>
        new(code, name, department, childDepartment, drugs, medianYen, spread, weights, sex);
}
