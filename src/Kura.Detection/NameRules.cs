using Kura.Core;

namespace Kura.Detection;

/// <summary>
/// Column-name keyword rules in precedence order (first match wins). Sensitive and biometric
/// rules come first so "drug_name" is special-care, not a person's name; names of things
/// ("file_name", 病院名) are ordinary; location parts of an address are quasi-identifiers.
/// Classes follow APPI: identification codes (Art. 2(2)), 要配慮個人情報 (Art. 2(3)).
/// </summary>
internal static class NameRules
{
    private const ColumnClass Direct = ColumnClass.DirectIdentifier;
    private const ColumnClass Quasi = ColumnClass.QuasiIdentifier;
    private const ColumnClass Sensitive = ColumnClass.SpecialCare;

    public static IReadOnlyList<NameRule> All { get; } =
    [
        new("facial image or features", ColumnClass.Facial, false, 0.9,
            ["顔", "肖像"], ["face", "faces", "portrait", "selfie", "headshot"], ["facial", "faceimage", "facephoto"]),
        new("criminal record or procedure", Sensitive, false, 0.9,
            ["前科", "犯罪", "逮捕", "起訴", "刑事", "少年審判", "非行", "有罪"],
            ["crime", "crimes", "criminal", "conviction", "convictions", "arrest", "arrests", "offence", "offense", "offender"], ["criminal"]),
        new("diagnosis or medical history", Sensitive, false, 0.9,
            ["傷病", "病名", "診断", "疾患", "疾病", "既往", "病歴", "症状", "主訴", "手術", "検査結果", "健診結果", "健康診断", "病状", "アレルギー"],
            ["icd", "dx", "disease", "diseases", "illness", "symptom", "symptoms", "surgery", "allergy", "allergies", "comorbidity"],
            ["icd", "diagnos", "medicalhistory", "labresult", "testresult", "healthcheck"]),
        new("drug or prescription", Sensitive, false, 0.9,
            ["薬剤", "処方", "投薬", "服薬", "薬品", "医薬", "薬名", "調剤"],
            ["drug", "drugs", "medication", "medications", "medicine", "medicines", "rx"], ["prescri", "medication"]),
        new("disability", Sensitive, false, 0.9,
            ["障害", "障がい", "障碍", "療育手帳"], ["disability", "disabilities", "disabled", "handicap"], []),
        new("race, creed or social status", Sensitive, false, 0.85,
            ["人種", "民族", "信条", "宗教", "門地", "社会的身分"], ["race", "ethnicity", "ethnic", "religion", "creed", "caste"], []),
        new("name of a thing, not a person", ColumnClass.Ordinary, false, 0.6,
            ["病院名", "医療機関名", "施設名", "会社名", "診療科名", "ファイル名", "商品名", "機関名", "部署名", "店舗名"], [],
            ["filename", "hospitalname", "facilityname", "companyname", "departmentname", "deptname", "productname", "clinicname", "tablename", "columnname"]),
        new("identification code (My Number, passport, licence, insurance)", Direct, false, 0.95,
            ["個人番号", "マイナンバー", "旅券", "パスポート", "免許", "保険者番号", "被保険者", "保険証", "記号番号", "基礎年金番号", "年金番号", "住民票コード", "在留カード"],
            ["passport", "licence", "license", "ssn", "insurance"],
            ["mynumber", "individualnumber", "passport", "licen", "insurancenumber", "insuredid", "pensionnumber", "residentcode", "residencecard", "socialsecurity"]),
        new("person key", ColumnClass.PersonKey, false, 0.85,
            ["患者id", "患者番号", "患者コード", "個人id", "対象者id", "被験者id", "利用者id", "会員id", "会員番号", "本人id", "カルテ番号"],
            ["pid", "mrn", "ptid"],
            ["personid", "patientid", "subjectid", "individualid", "memberid", "participantid", "personkey", "patientkey", "patientno", "patientnumber"]),
        new("bare id (often the person key; check)", ColumnClass.PersonKey, false, 0.5, [], [], [], ["id"]),
        new("place of birth or domicile", Quasi, false, 0.8,
            ["出生地", "出身地", "本籍"], ["hometown"], ["birthplace", "placeofbirth", "countryofbirth", "birthcountry"]),
        new("area of residence (prefecture, municipality, postal code)", Quasi, false, 0.85,
            ["都道府県", "県名", "市区町村", "市町村", "区市町村", "郵便", "〒", "居住地", "在住", "地域"],
            ["prefecture", "city", "municipality", "zip", "zipcode", "postcode", "postal", "town", "region", "ward", "county"],
            ["postalcode", "zipcode", "postcode", "municipality", "prefecture"]),
        new("contact detail (phone, e-mail, address)", Direct, false, 0.9,
            ["電話", "携帯", "メール", "連絡先", "住所", "番地", "丁目"],
            ["tel", "phone", "mobile", "fax", "email", "mail", "address", "addr", "street"],
            ["phone", "telephone", "email", "mailaddress", "streetaddress", "homeaddress"]),
        new("person's name", Direct, false, 0.9,
            ["氏名", "名前", "姓名", "患者名", "本人名", "利用者名", "被験者名", "フリガナ", "ふりがな", "カナ氏名", "よみがな", "ヨミガナ", "苗字", "名字"],
            ["name", "names", "surname", "forename", "kana", "furigana"],
            ["firstname", "lastname", "fullname", "givenname", "familyname", "surname", "middlename", "furigana", "kananame", "namekana"],
            ["姓", "名", "氏", "カナ", "かな", "セイ", "メイ"]),
        new("birth date or age", Quasi, true, 0.9,
            ["生年", "誕生日", "出生日", "年齢", "歳", "月齢"],
            ["age", "ages", "dob", "birthday", "birthdate", "yob"],
            ["birth", "ageat", "ageyears", "ageinyears"]),
        new("demographic attribute (sex, nationality, occupation)", Quasi, false, 0.85,
            ["性別", "国籍", "職業", "婚姻", "配偶者", "続柄", "学歴", "勤務先", "世帯"],
            ["sex", "gender", "nationality", "citizenship", "occupation", "job", "marital", "employer", "education"],
            ["maritalstatus", "jobtitle"],
            ["性"]),
    ];

    /// <summary>The first rule matching <paramref name="name"/> as evidence, or null.</summary>
    public static Evidence? Match(ColumnName name)
    {
        foreach (var rule in All)
        {
            if (rule.Match(name) is not { } keyword) continue;
            var age = rule.IsSubjectAge ? " (gives the subject's age)" : "";
            return new Evidence(rule.Class, rule.IsSubjectAge, rule.Confidence,
                $"name matches '{keyword}' ({rule.Label}) → {rule.Class.ToName()}{age}");
        }
        return null;
    }
}
