using Kura.Core;

namespace Kura.Detection.Tests;

public class ColumnClassifierTests
{
    private static readonly string[] NoSamples = [];

    [Theory]
    [InlineData("氏名", ColumnClass.DirectIdentifier, false)]
    [InlineData("名前", ColumnClass.DirectIdentifier, false)]
    [InlineData("患者名", ColumnClass.DirectIdentifier, false)]
    [InlineData("保護者氏名", ColumnClass.DirectIdentifier, false)]
    [InlineData("フリガナ", ColumnClass.DirectIdentifier, false)]
    [InlineData("ｶﾅ氏名", ColumnClass.DirectIdentifier, false)]
    [InlineData("姓", ColumnClass.DirectIdentifier, false)]
    [InlineData("生年月日", ColumnClass.QuasiIdentifier, true)]
    [InlineData("誕生日", ColumnClass.QuasiIdentifier, true)]
    [InlineData("年齢", ColumnClass.QuasiIdentifier, true)]
    [InlineData("撮影時年齢", ColumnClass.QuasiIdentifier, true)]
    [InlineData("住所", ColumnClass.DirectIdentifier, false)]
    [InlineData("郵便番号", ColumnClass.QuasiIdentifier, false)]
    [InlineData("〒", ColumnClass.QuasiIdentifier, false)]
    [InlineData("電話番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("携帯番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("メールアドレス", ColumnClass.DirectIdentifier, false)]
    [InlineData("個人番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("マイナンバー", ColumnClass.DirectIdentifier, false)]
    [InlineData("被保険者番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("保険者番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("旅券番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("運転免許証番号", ColumnClass.DirectIdentifier, false)]
    [InlineData("傷病名", ColumnClass.SpecialCare, false)]
    [InlineData("傷病名コード", ColumnClass.SpecialCare, false)]
    [InlineData("診断名", ColumnClass.SpecialCare, false)]
    [InlineData("既往歴", ColumnClass.SpecialCare, false)]
    [InlineData("薬剤", ColumnClass.SpecialCare, false)]
    [InlineData("処方薬", ColumnClass.SpecialCare, false)]
    [InlineData("前科", ColumnClass.SpecialCare, false)]
    [InlineData("犯罪歴", ColumnClass.SpecialCare, false)]
    [InlineData("障害の有無", ColumnClass.SpecialCare, false)]
    [InlineData("障がい等級", ColumnClass.SpecialCare, false)]
    [InlineData("人種", ColumnClass.SpecialCare, false)]
    [InlineData("宗教", ColumnClass.SpecialCare, false)]
    [InlineData("顔画像", ColumnClass.Facial, false)]
    [InlineData("顔写真", ColumnClass.Facial, false)]
    [InlineData("性別", ColumnClass.QuasiIdentifier, false)]
    [InlineData("都道府県", ColumnClass.QuasiIdentifier, false)]
    [InlineData("市区町村", ColumnClass.QuasiIdentifier, false)]
    [InlineData("国籍", ColumnClass.QuasiIdentifier, false)]
    [InlineData("出生地", ColumnClass.QuasiIdentifier, false)]
    [InlineData("患者ID", ColumnClass.PersonKey, false)]
    [InlineData("患者番号", ColumnClass.PersonKey, false)]
    [InlineData("診療科", ColumnClass.Ordinary, false)]
    [InlineData("診療日", ColumnClass.Ordinary, false)]
    [InlineData("費用_円", ColumnClass.Ordinary, false)]
    [InlineData("病院名", ColumnClass.Ordinary, false)]
    [InlineData("保護者同意", ColumnClass.Ordinary, false)]
    public void Classify_JapaneseName_ExpectedClass(string name, ColumnClass expected, bool age) =>
        AssertProposal(ColumnClassifier.Classify(name, NoSamples), expected, age);

    [Theory]
    [InlineData("name", ColumnClass.DirectIdentifier, false)]
    [InlineData("full_name", ColumnClass.DirectIdentifier, false)]
    [InlineData("firstName", ColumnClass.DirectIdentifier, false)]
    [InlineData("PATIENT_NAME", ColumnClass.DirectIdentifier, false)]
    [InlineData("kana", ColumnClass.DirectIdentifier, false)]
    [InlineData("date_of_birth", ColumnClass.QuasiIdentifier, true)]
    [InlineData("DOB", ColumnClass.QuasiIdentifier, true)]
    [InlineData("birthDate", ColumnClass.QuasiIdentifier, true)]
    [InlineData("age", ColumnClass.QuasiIdentifier, true)]
    [InlineData("age_at_capture", ColumnClass.QuasiIdentifier, true)]
    [InlineData("address", ColumnClass.DirectIdentifier, false)]
    [InlineData("e-mail", ColumnClass.DirectIdentifier, false)]
    [InlineData("phone", ColumnClass.DirectIdentifier, false)]
    [InlineData("tel", ColumnClass.DirectIdentifier, false)]
    [InlineData("my_number", ColumnClass.DirectIdentifier, false)]
    [InlineData("MyNumber", ColumnClass.DirectIdentifier, false)]
    [InlineData("passport_no", ColumnClass.DirectIdentifier, false)]
    [InlineData("drivers_license", ColumnClass.DirectIdentifier, false)]
    [InlineData("insurance_number", ColumnClass.DirectIdentifier, false)]
    [InlineData("zip", ColumnClass.QuasiIdentifier, false)]
    [InlineData("postal_code", ColumnClass.QuasiIdentifier, false)]
    [InlineData("diagnosis", ColumnClass.SpecialCare, false)]
    [InlineData("icd10_code", ColumnClass.SpecialCare, false)]
    [InlineData("drug", ColumnClass.SpecialCare, false)]
    [InlineData("drug_name", ColumnClass.SpecialCare, false)]
    [InlineData("prescription", ColumnClass.SpecialCare, false)]
    [InlineData("criminal_record", ColumnClass.SpecialCare, false)]
    [InlineData("disability", ColumnClass.SpecialCare, false)]
    [InlineData("race", ColumnClass.SpecialCare, false)]
    [InlineData("face_image", ColumnClass.Facial, false)]
    [InlineData("facialFeatures", ColumnClass.Facial, false)]
    [InlineData("sex", ColumnClass.QuasiIdentifier, false)]
    [InlineData("gender", ColumnClass.QuasiIdentifier, false)]
    [InlineData("prefecture", ColumnClass.QuasiIdentifier, false)]
    [InlineData("municipality", ColumnClass.QuasiIdentifier, false)]
    [InlineData("nationality", ColumnClass.QuasiIdentifier, false)]
    [InlineData("birthplace", ColumnClass.QuasiIdentifier, false)]
    [InlineData("person_id", ColumnClass.PersonKey, false)]
    [InlineData("patientId", ColumnClass.PersonKey, false)]
    [InlineData("department", ColumnClass.Ordinary, false)]
    [InlineData("cost_yen", ColumnClass.Ordinary, false)]
    [InlineData("file_name", ColumnClass.Ordinary, false)]
    [InlineData("hospital_name", ColumnClass.Ordinary, false)]
    [InlineData("image", ColumnClass.Ordinary, false)]
    [InlineData("stage", ColumnClass.Ordinary, false)]
    [InlineData("average_cost", ColumnClass.Ordinary, false)]
    public void Classify_EnglishName_ExpectedClass(string name, ColumnClass expected, bool age) =>
        AssertProposal(ColumnClassifier.Classify(name, NoSamples), expected, age);

    [Fact]
    public void Classify_BareId_PersonKeyWithLowConfidence()
    {
        var proposal = ColumnClassifier.Classify("ID", NoSamples);
        Assert.Equal(ColumnClass.PersonKey, proposal.Class);
        Assert.True(proposal.Confidence < 0.6);
    }

    [Theory]
    [MemberData(nameof(ValueCases))]
    public void Classify_OpaqueNameWithValues_ClassFromValues(string[] samples, ColumnClass expected, bool age)
    {
        var proposal = ColumnClassifier.Classify("field_7", samples);
        AssertProposal(proposal, expected, age);
        Assert.Equal(expected == ColumnClass.Ordinary ? EvidenceSource.None : EvidenceSource.Values, proposal.Source);
        foreach (var value in samples.Where(v => v.Length >= 4)) Assert.DoesNotContain(value, proposal.Reason);
    }

    public static TheoryData<string[], ColumnClass, bool> ValueCases => new()
    {
        { Many("123456789018", "983205673214", "000000000019", "100000000005", "1234-5678-9018"), ColumnClass.DirectIdentifier, false },
        { Many("090-1234-5678", "03-3581-0001", "0166-23-4567", "08012345678"), ColumnClass.DirectIdentifier, false },
        { Many("hanako.sato@example.jp", "taro@example.co.jp"), ColumnClass.DirectIdentifier, false },
        { Many("〒060-0042", "100-0001", "〒９８０－０８１１"), ColumnClass.QuasiIdentifier, false },
        { Many("1948-05-02", "1970-11-30", "1999-01-15", "2012-07-07", "1935-12-24"), ColumnClass.QuasiIdentifier, true },
        { Many("昭和23年5月2日", "S45.11.30", "平成11年1月15日", "H24/7/7", "昭和10年12月24日"), ColumnClass.QuasiIdentifier, true },
        { Many("I10", "E11.9", "J06.9", "M54.5", "U07.1", "E119"), ColumnClass.SpecialCare, false },
        { Many("faces/P00000001_1.jpg", "faces/P00000002_1.png"), ColumnClass.Facial, false },
        { Many("男", "女", "女", "男性"), ColumnClass.QuasiIdentifier, false },
        { Many("東京都", "大阪府", "北海道", "沖縄県", "神奈川"), ColumnClass.QuasiIdentifier, false },
        { Many("サトウ　ハナコ", "ｽｽﾞｷ ｲﾁﾛｳ", "タカハシ　ケンタ"), ColumnClass.DirectIdentifier, false },
        { Many("佐藤　花子", "鈴木 一郎", "佐々木　さくら"), ColumnClass.DirectIdentifier, false },
        { Many("横浜市", "世田谷区", "南アルプス市", "那覇市"), ColumnClass.QuasiIdentifier, false },
        { Many("アムロジピン錠5mg", "ロキソプロフェンナトリウムテープ100mg", "ラタノプロスト点眼液0.005%"), ColumnClass.SpecialCare, false },
        { Many("本態性高血圧症", "2型糖尿病", "急性上気道炎", "肺癌", "COVID-19"), ColumnClass.SpecialCare, false },
        { Many("2023-01-05", "2024-12-30", "2023-07-14"), ColumnClass.Ordinary, false },
        { Many("内科", "整形外科", "眼科", "小児科"), ColumnClass.Ordinary, false },
        { Many("4560", "12000", "3300", "980"), ColumnClass.Ordinary, false },
        { Many("123456789010", "983205673210", "200000000001"), ColumnClass.Ordinary, false },
        { Many("true", "false", ""), ColumnClass.Ordinary, false },
    };

    [Fact]
    public void Classify_TooFewSamples_NoValueEvidence()
    {
        var proposal = ColumnClassifier.Classify("field_7", ["123456789018", "983205673214", "", null]);
        Assert.Equal(ColumnClass.Ordinary, proposal.Class);
        Assert.Equal(EvidenceSource.None, proposal.Source);
    }

    [Fact]
    public void Classify_UnmatchedNameWithMyNumbers_DirectIdentifierFromValues()
    {
        var proposal = ColumnClassifier.Classify("備考", Many("123456789018", "983205673214"));
        Assert.Equal(ColumnClass.DirectIdentifier, proposal.Class);
        Assert.Equal(EvidenceSource.Values, proposal.Source);
        Assert.Contains("My Number", proposal.Reason);
    }

    [Theory]
    [InlineData("patient_id")]
    [InlineData("生年月日")]
    public void Classify_StrongValuesForStricterClass_ValuesWin(string name)
    {
        var proposal = ColumnClassifier.Classify(name, Many("123456789018", "983205673214"));
        Assert.Equal(ColumnClass.DirectIdentifier, proposal.Class);
        Assert.Equal(EvidenceSource.Values, proposal.Source);
        Assert.Contains("overrides the name rule", proposal.Reason);
    }

    [Fact]
    public void Classify_NameAndValuesAgree_ConfidenceAboveEither()
    {
        var byName = ColumnClassifier.Classify("生年月日", NoSamples);
        var both = ColumnClassifier.Classify("生年月日", Many("昭和23年5月2日", "1970-11-30", "1999-01-15"));
        Assert.Equal(EvidenceSource.NameAndValues, both.Source);
        Assert.True(both.IsSubjectAge);
        Assert.True(both.Confidence > byName.Confidence);
    }

    [Fact]
    public void Classify_WeakValuesDisagreeWithName_NameKeptAndFlagged()
    {
        var proposal = ColumnClassifier.Classify("file_name", Many("a/b/1.jpg", "c/2.png"));
        Assert.Equal(ColumnClass.Ordinary, proposal.Class);
        Assert.Equal(EvidenceSource.Name, proposal.Source);
        Assert.Contains("please check", proposal.Reason);
    }

    [Fact]
    public void Classify_LenientValuesUnderStricterName_NameKept()
    {
        var proposal = ColumnClassifier.Classify("電話番号", Many("060-0042", "100-0001"));
        Assert.Equal(ColumnClass.DirectIdentifier, proposal.Class);
        Assert.Equal(EvidenceSource.Name, proposal.Source);
    }

    [Fact]
    public void Classify_PlantedSecrets_NeverEchoedInReason()
    {
        string[][] plantedColumns =
        [
            Many("secret.person@example.com", "other.secret@example.jp"),
            Many("090-9999-1111", "080-7777-2222"),
            Many("秘密　太郎", "機密　花子"),
            Many("ヒミツ　タロウ", "キミツ　ハナコ"),
            Many("faces/secret-face-1.jpg", "faces/secret-face-2.jpg"),
            Many("昭和12年3月4日", "平成2年5月6日"),
            Many("123456789018", "983205673214"),
        ];
        foreach (var samples in plantedColumns)
        {
            var reason = ColumnClassifier.Classify("secret_column", samples).Reason;
            foreach (var value in samples.Distinct()) Assert.DoesNotContain(value, reason);
            Assert.DoesNotContain("secret", reason, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Classify_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ColumnClassifier.Classify(null!, NoSamples));
        Assert.Throws<ArgumentNullException>(() => ColumnClassifier.Classify("x", null!));
    }

    private static void AssertProposal(ColumnProposal proposal, ColumnClass expected, bool age)
    {
        Assert.True(expected == proposal.Class, $"expected {expected}, got {proposal.Class}: {proposal.Reason}");
        Assert.Equal(age, proposal.IsSubjectAge);
        Assert.InRange(proposal.Confidence, 0.0, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(proposal.Reason));
    }

    // Repeats the given values to a realistic sample of 20.
    private static string[] Many(params string[] values) => Enumerable.Range(0, 20).Select(i => values[i % values.Length]).ToArray();
}
